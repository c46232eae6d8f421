package io.edgecert.application.port.in;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Which roots count: {@code publicRoots} replaces the JDK's default trust store as the set of
 * public roots when not null (a PEM bundle), and {@code privateRoots} adds private roots (PEM or
 * DER each). The names say where each came from in messages ("--trust root.pem", "trust[0]").
 */
public record TrustSettings(
    byte[] publicRoots,
    List<byte[]> privateRoots,
    String publicRootsName,
    List<String> privateRootNames) {

  public TrustSettings {
    privateRoots = List.copyOf(privateRoots);
    privateRootNames = List.copyOf(privateRootNames);
    if (privateRootNames.size() != privateRoots.size()) {
      throw new IllegalArgumentException("one name per private root");
    }
  }

  /** Roots named generically: "public roots" and "private roots #1", "#2" ... */
  public TrustSettings(byte[] publicRoots, List<byte[]> privateRoots) {
    this(
        publicRoots,
        privateRoots,
        "public roots",
        IntStream.rangeClosed(1, privateRoots.size())
            .mapToObj(i -> "private roots #" + i)
            .toList());
  }

  /** The JDK's public roots and no private roots. */
  public static TrustSettings defaults() {
    return new TrustSettings(null, List.of());
  }
}
