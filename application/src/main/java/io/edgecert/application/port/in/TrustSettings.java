package io.edgecert.application.port.in;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Which roots count: {@code publicRoots} replaces the JDK's default trust store as the set of
 * public roots when not null (a PEM bundle), and {@code privateRoots} adds private roots (PEM or
 * DER each). The names say where each came from in messages ("--trust root.pem", "trust[0]").
 * {@code intermediates} (PEM, DER or PKCS#7 each) are offered to every chain, never trusted: a root
 * among them is "supplied but not trusted".
 */
public record TrustSettings(
    byte[] publicRoots,
    List<byte[]> privateRoots,
    String publicRootsName,
    List<String> privateRootNames,
    List<byte[]> intermediates) {

  public TrustSettings {
    privateRoots = List.copyOf(privateRoots);
    privateRootNames = List.copyOf(privateRootNames);
    intermediates = intermediates == null ? List.of() : List.copyOf(intermediates);
    if (privateRootNames.size() != privateRoots.size()) {
      throw new IllegalArgumentException("one name per private root");
    }
  }

  /** Named roots without extra intermediates. */
  public TrustSettings(
      byte[] publicRoots,
      List<byte[]> privateRoots,
      String publicRootsName,
      List<String> privateRootNames) {
    this(publicRoots, privateRoots, publicRootsName, privateRootNames, List.of());
  }

  /** Roots named generically, with the intermediates of the {@code --chain} files. */
  public TrustSettings(byte[] publicRoots, List<byte[]> privateRoots, List<byte[]> intermediates) {
    this(
        publicRoots,
        privateRoots,
        "public roots",
        IntStream.rangeClosed(1, privateRoots.size()).mapToObj(i -> "private roots #" + i).toList(),
        intermediates);
  }

  /** Roots named generically: "public roots" and "private roots #1", "#2" ... */
  public TrustSettings(byte[] publicRoots, List<byte[]> privateRoots) {
    this(publicRoots, privateRoots, List.of());
  }

  /** The JDK's public roots and no private roots. */
  public static TrustSettings defaults() {
    return new TrustSettings(null, List.of());
  }
}
