package io.edgecert.application.port.in;

import java.util.List;

/**
 * Which roots count: {@code publicRoots} replaces the JDK's default trust store as the set of public
 * roots when not null (a PEM bundle), and {@code privateRoots} adds private roots (PEM or DER each).
 * {@code intermediates} (PEM, DER or PKCS#7 each) are offered to every chain, never trusted: a root
 * among them is "supplied but not trusted".
 */
public record TrustSettings(byte[] publicRoots, List<byte[]> privateRoots, List<byte[]> intermediates) {

  public TrustSettings {
    privateRoots = List.copyOf(privateRoots);
    intermediates = intermediates == null ? List.of() : List.copyOf(intermediates);
  }

  /** Roots without extra intermediates. */
  public TrustSettings(byte[] publicRoots, List<byte[]> privateRoots) {
    this(publicRoots, privateRoots, List.of());
  }

  /** The JDK's public roots and no private roots. */
  public static TrustSettings defaults() {
    return new TrustSettings(null, List.of());
  }
}
