package io.edgecert.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --chain FILE}: intermediates offered to every certificate's chain, never trusted. */
public final class ChainOptions {
  static final String OPTION = "--chain";

  @Option(
      names = OPTION,
      paramLabel = "FILE",
      description =
          "Intermediate CA certificates (PEM, DER or PKCS#7) to complete every chain with;"
              + " repeatable. A root among them is supplied, not trusted.")
  List<String> files = new ArrayList<>();
}
