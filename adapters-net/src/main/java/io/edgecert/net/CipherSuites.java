package io.edgecert.net;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cipher suites a {@link ClientHello} offers, in the order offered, and their standard names
 * for the report.
 */
final class CipherSuites {
  /**
   * For TLS 1.0 to 1.2: ECDHE and RSA suites with AES-GCM, ChaCha20, AES-CBC and 3DES, whatever
   * such servers pick.
   */
  static final List<Suite> LEGACY =
      List.of(
          new Suite(0xc02f, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"),
          new Suite(0xc030, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"),
          new Suite(0xc02b, "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"),
          new Suite(0xc02c, "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"),
          new Suite(0xcca8, "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256"),
          new Suite(0xcca9, "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"),
          new Suite(0xc027, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256"),
          new Suite(0xc028, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384"),
          new Suite(0xc023, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"),
          new Suite(0xc024, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384"),
          new Suite(0xc013, "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"),
          new Suite(0xc014, "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"),
          new Suite(0xc009, "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"),
          new Suite(0xc00a, "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA"),
          new Suite(0x009e, "TLS_DHE_RSA_WITH_AES_128_GCM_SHA256"),
          new Suite(0x009f, "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384"),
          new Suite(0x0067, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA256"),
          new Suite(0x006b, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA256"),
          new Suite(0x0033, "TLS_DHE_RSA_WITH_AES_128_CBC_SHA"),
          new Suite(0x0039, "TLS_DHE_RSA_WITH_AES_256_CBC_SHA"),
          new Suite(0x009c, "TLS_RSA_WITH_AES_128_GCM_SHA256"),
          new Suite(0x009d, "TLS_RSA_WITH_AES_256_GCM_SHA384"),
          new Suite(0x003c, "TLS_RSA_WITH_AES_128_CBC_SHA256"),
          new Suite(0x003d, "TLS_RSA_WITH_AES_256_CBC_SHA256"),
          new Suite(0x002f, "TLS_RSA_WITH_AES_128_CBC_SHA"),
          new Suite(0x0035, "TLS_RSA_WITH_AES_256_CBC_SHA"),
          new Suite(0xc012, "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA"),
          new Suite(0x000a, "TLS_RSA_WITH_3DES_EDE_CBC_SHA"));

  /** For TLS 1.3. */
  static final List<Suite> TLS13 =
      List.of(
          new Suite(0x1301, "TLS_AES_128_GCM_SHA256"),
          new Suite(0x1302, "TLS_AES_256_GCM_SHA384"),
          new Suite(0x1303, "TLS_CHACHA20_POLY1305_SHA256"));

  private static final Map<Integer, String> NAMES =
      Stream.concat(LEGACY.stream(), TLS13.stream())
          .collect(Collectors.toUnmodifiableMap(Suite::code, Suite::name));

  private CipherSuites() {}

  /** The standard name, or the number in hex for a suite not offered by edgecert. */
  static String name(int suite) {
    return suite < 0 ? null : NAMES.getOrDefault(suite, String.format("0x%04X", suite));
  }

  /** A suite's number on the wire and its standard (IANA) name. */
  record Suite(int code, String name) {}
}
