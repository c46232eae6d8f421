package io.edgecert.net;

import io.edgecert.domain.probe.TlsVersion;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.stream.IntStream;

/**
 * A TLS ClientHello offering exactly one protocol version, written byte by byte (RFC 5246 section
 * 7.4.1.2, RFC 8446 section 4.1.2), so that versions the JDK refuses to speak (TLS 1.0 and 1.1 are
 * in {@code jdk.tls.disabledAlgorithms}) can still be offered. Only the server's answer is read: no
 * key is ever derived from it.
 */
final class ClientHello {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The legacy suites, then TLS_EMPTY_RENEGOTIATION_INFO_SCSV. */
  private static final int[] LEGACY_SUITES =
      IntStream.concat(
              CipherSuites.LEGACY.stream().mapToInt(CipherSuites.Suite::code), IntStream.of(0x00ff))
          .toArray();

  private static final int[] TLS13_SUITES =
      CipherSuites.TLS13.stream().mapToInt(CipherSuites.Suite::code).toArray();
  private static final int[] GROUPS = {0x001d, 0x0017, 0x0018, 0x0019};
  private static final int[] SIGNATURES = {
    0x0403, 0x0503, 0x0603, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501, 0x0601, 0x0203, 0x0201
  };

  private ClientHello() {}

  /** The ClientHello record for {@code version}, with SNI {@code host} (none when null). */
  static byte[] record(TlsVersion version, String host) {
    byte[] body = body(version, host);
    ByteArrayOutputStream handshake = new ByteArrayOutputStream();
    handshake.write(1);
    int24(handshake, body.length);
    handshake.writeBytes(body);
    byte[] message = handshake.toByteArray();
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(22);
    int16(record, 0x0301);
    int16(record, message.length);
    record.writeBytes(message);
    return record.toByteArray();
  }

  private static byte[] body(TlsVersion version, String host) {
    boolean tls13 = version == TlsVersion.TLS_1_3;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int16(out, tls13 ? 0x0303 : version.wire());
    out.writeBytes(random(32));
    byte[] session = tls13 ? random(32) : new byte[0];
    out.write(session.length);
    out.writeBytes(session);
    int[] suites = tls13 ? TLS13_SUITES : LEGACY_SUITES;
    int16(out, suites.length * 2);
    for (int suite : suites) {
      int16(out, suite);
    }
    out.write(1);
    out.write(0);
    byte[] extensions = extensions(tls13, host);
    int16(out, extensions.length);
    out.writeBytes(extensions);
    return out.toByteArray();
  }

  private static byte[] extensions(boolean tls13, String host) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (host != null) {
      byte[] name = host.getBytes(StandardCharsets.US_ASCII);
      ByteArrayOutputStream sni = new ByteArrayOutputStream();
      int16(sni, name.length + 3);
      sni.write(0);
      int16(sni, name.length);
      sni.writeBytes(name);
      extension(out, 0x0000, sni.toByteArray());
    }
    extension(out, 0x000a, list16(GROUPS));
    extension(out, 0x000b, new byte[] {1, 0});
    extension(out, 0x000d, list16(SIGNATURES));
    extension(out, 0xff01, new byte[] {0});
    if (tls13) {
      extension(out, 0x002b, new byte[] {2, 0x03, 0x04});
      // No key share: a server that speaks TLS 1.3 answers with a HelloRetryRequest (RFC 8446
      // section 4.1.4), which names the version as a ServerHello does, without computing a key
      // exchange or signing anything. The full handshake beside this offer does that work once.
      extension(out, 0x0033, new byte[] {0, 0});
      extension(out, 0x002d, new byte[] {1, 1});
    }
    return out.toByteArray();
  }

  private static byte[] list16(int[] values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int16(out, values.length * 2);
    for (int value : values) {
      int16(out, value);
    }
    return out.toByteArray();
  }

  private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
    int16(out, type);
    int16(out, data.length);
    out.writeBytes(data);
  }

  private static byte[] random(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static void int16(ByteArrayOutputStream out, int value) {
    out.write(value >>> 8);
    out.write(value);
  }

  private static void int24(ByteArrayOutputStream out, int value) {
    out.write(value >>> 16);
    out.write(value >>> 8);
    out.write(value);
  }
}
