package io.edgecert.net;

import io.edgecert.domain.probe.TlsVersion;
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
  static ServerFlight read(InputStream input) throws IOException {
    DataInputStream in = new DataInputStream(input);
    Messages messages = new Messages();
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
        return messages.flight(
            messages.version == null ? "the server closed the connection" : null);
      }
      if (type == ALERT) {
        return messages.version != null
            ? messages.flight(null)
            : new ServerFlight(null, -1, List.of(), "alert " + alert(fragment));
      }
      if (type != HANDSHAKE) {
        return messages.flight(messages.version == null ? "not a TLS answer" : null);
      }
      messages.add(fragment);
      if (messages.problem != null) {
        return new ServerFlight(null, -1, List.of(), messages.problem);
      }
      if (messages.done || messages.version == TlsVersion.TLS_1_3) {
        return new ServerFlight(messages.version, messages.suite, messages.chain, null);
      }
    }
    return messages.flight("the server sent more than " + MAX_BYTES + " bytes");
  }

  private static String alert(byte[] fragment) {
    return fragment.length >= 2 ? String.valueOf(fragment[1] & 0xff) : "(short)";
  }

  /**
   * The handshake messages so far (ServerHello first, then Certificate, until ServerHelloDone),
   * each parsed once, when its last byte has come: the bytes not yet parsed wait in a buffer.
   */
  private static final class Messages {
    private byte[] pending = new byte[4096];
    private int start;
    private int end;
    private TlsVersion version;
    private int suite = -1;
    private List<byte[]> chain = List.of();
    private boolean done;
    private String problem;

    /** What came before the answer ended early: the version and suite, no chain. */
    ServerFlight flight(String why) {
      return new ServerFlight(version, suite, List.of(), why);
    }

    void add(byte[] fragment) {
      append(fragment);
      while (!done && problem == null && end - start >= 4) {
        int length =
            ((pending[start + 1] & 0xff) << 16)
                | ((pending[start + 2] & 0xff) << 8)
                | (pending[start + 3] & 0xff);
        if (end - start - 4 < length) {
          return;
        }
        message(pending[start] & 0xff, ByteBuffer.wrap(pending, start + 4, length).slice());
        start += 4 + length;
      }
    }

    private void message(int type, ByteBuffer body) {
      if (type == 2) {
        Hello hello = serverHello(body);
        if (hello.version == null) {
          problem = "unknown version in the ServerHello";
          return;
        }
        version = hello.version;
        suite = hello.suite;
      } else if (type == 11) {
        chain = certificates(body);
        done = true;
      } else if (type == 14) {
        done = true;
      }
    }

    private void append(byte[] fragment) {
      if (end + fragment.length > pending.length) {
        byte[] larger = new byte[Math.max(pending.length * 2, end - start + fragment.length)];
        System.arraycopy(pending, start, larger, 0, end - start);
        end -= start;
        start = 0;
        pending = larger;
      }
      System.arraycopy(fragment, 0, pending, end, fragment.length);
      end += fragment.length;
    }
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
}
