package io.edgecert.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The roots a chain may end at: {@code --trust} (private roots) and {@code --public-roots}. */
public final class TrustOptions {
  static final String PRIVATE = "--trust";
  static final String PUBLIC = "--public-roots";

  @Option(
      names = PRIVATE,
      paramLabel = "FILE",
      description = "Also trust this private root (PEM or DER); repeatable.")
  List<String> privateRoots = new ArrayList<>();

  @Option(
      names = PUBLIC,
      paramLabel = "FILE",
      description = "Use this PEM bundle as the public roots instead of the JDK's.")
  String publicRoots;
}
