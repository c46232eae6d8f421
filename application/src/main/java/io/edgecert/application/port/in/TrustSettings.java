package io.edgecert.application.port.in;

import java.util.List;

/**
 * Which roots count: {@code publicRoots} replaces the JDK's default trust store as the set of public
 * roots when not null (a PEM bundle), and {@code privateRoots} adds private roots (PEM or DER each).
 */
public record TrustSettings(byte[] publicRoots, List<byte[]> privateRoots) {

  public TrustSettings {
    privateRoots = List.copyOf(privateRoots);
  }

  /** The JDK's public roots and no private roots. */
  public static TrustSettings defaults() {
    return new TrustSettings(null, List.of());
  }
}
