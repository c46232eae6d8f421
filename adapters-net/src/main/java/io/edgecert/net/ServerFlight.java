package io.edgecert.net;

import io.edgecert.domain.probe.TlsVersion;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The server's answer to a {@link ClientHello}: the version and cipher suite of its ServerHello (or
 * the alert it sent instead) and, up to TLS 1.2 where it travels in clear, its Certificate message.
 * Reads at most {@value #MAX_BYTES} bytes.
 */
record ServerFlight(TlsVersion version, int cipherSuite, List<byte[]> chain, String problem) {
  static final int MAX_BYTES = 262_144;
  private static final int HANDSHAKE = 22;
  private static final int ALERT = 21;

  ServerFlight {
    chain = List.copyOf(chain);
  }

  /** Reads the answer; a refusal (alert, close) is a flight with a problem and no version. */
  static ServerFlight read(InputStream input, boolean wantCertificate) throws IOException {
    DataInputStream in = new DataInputStream(input);
    ByteArrayOutputStream handshake = new ByteArrayOutputStream();
    TlsVersion version = null;
    int suite = -1;
    int read = 0;
    while (read < MAX_BYTES) {
      int type;
      byte[] fragment;
      try {
        type = in.readUnsignedByte();
        in.readUnsignedShort();
        int length = in.readUnsignedShort();
        fragment = new byte[length];
        in.readFully(fragment);
        read += 5 + length;
      } catch (EOFException e) {
        return new ServerFlight(
            version, suite, List.of(), version == null ? "the server closed the connection" : null);
      }
      if (type == ALERT) {
        return version != null
            ? new ServerFlight(version, suite, List.of(), null)
            : new ServerFlight(null, -1, List.of(), "alert " + alert(fragment));
      }
      if (type != HANDSHAKE) {
        return new ServerFlight(
            version, suite, List.of(), version == null ? "not a TLS answer" : null);
      }
      handshake.writeBytes(fragment);
      Parsed parsed = parse(handshake.toByteArray());
      if (parsed.problem != null) {
        return new ServerFlight(null, -1, List.of(), parsed.problem);
      }
      version = parsed.version;
      suite = parsed.suite;
      if (parsed.done || (version != null && (!wantCertificate || version == TlsVersion.TLS_1_3))) {
        return new ServerFlight(version, suite, parsed.chain, null);
      }
    }
    return new ServerFlight(
        version, suite, List.of(), "the server sent more than " + MAX_BYTES + " bytes");
  }

  private static String alert(byte[] fragment) {
    return fragment.length >= 2 ? String.valueOf(fragment[1] & 0xff) : "(short)";
  }

  /** The handshake messages so far: ServerHello first, then Certificate, until ServerHelloDone. */
  private static Parsed parse(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    TlsVersion version = null;
    int suite = -1;
    List<byte[]> chain = new ArrayList<>();
    while (buffer.remaining() >= 4) {
      int type = buffer.get() & 0xff;
      int length = int24(buffer);
      if (buffer.remaining() < length) {
        break;
      }
      ByteBuffer body = buffer.slice(buffer.position(), length);
      buffer.position(buffer.position() + length);
      if (type == 2) {
        Hello hello = serverHello(body);
        if (hello.version == null) {
          return new Parsed(null, -1, List.of(), false, "unknown version in the ServerHello");
        }
        version = hello.version;
        suite = hello.suite;
      } else if (type == 11) {
        chain = certificates(body);
        return new Parsed(version, suite, chain, true, null);
      } else if (type == 14) {
        return new Parsed(version, suite, chain, true, null);
      }
    }
    return new Parsed(version, suite, chain, false, null);
  }

  private static Hello serverHello(ByteBuffer body) {
    int legacy = body.getShort() & 0xffff;
    body.position(body.position() + 32);
    int session = body.get() & 0xff;
    body.position(body.position() + session);
    int suite = body.getShort() & 0xffff;
    body.get();
    int selected = legacy;
    if (body.remaining() >= 2) {
      int end = (body.getShort() & 0xffff) + body.position();
      while (body.position() + 4 <= end) {
        int type = body.getShort() & 0xffff;
        int length = body.getShort() & 0xffff;
        if (type == 0x002b && length == 2) {
          selected = body.getShort() & 0xffff;
        } else {
          body.position(body.position() + length);
        }
      }
    }
    return new Hello(byWire(selected), suite);
  }

  private static List<byte[]> certificates(ByteBuffer body) {
    List<byte[]> chain = new ArrayList<>();
    int end = int24(body) + body.position();
    while (body.position() + 3 <= end) {
      byte[] der = new byte[int24(body)];
      body.get(der);
      chain.add(der);
    }
    return chain;
  }

  private static TlsVersion byWire(int wire) {
    return Arrays.stream(TlsVersion.values())
        .filter(v -> v.wire() == wire)
        .findFirst()
        .orElse(null);
  }

  private static int int24(ByteBuffer buffer) {
    return ((buffer.get() & 0xff) << 16) | ((buffer.get() & 0xff) << 8) | (buffer.get() & 0xff);
  }

  private record Hello(TlsVersion version, int suite) {}

  private record Parsed(
      TlsVersion version, int suite, List<byte[]> chain, boolean done, String problem) {}
}
