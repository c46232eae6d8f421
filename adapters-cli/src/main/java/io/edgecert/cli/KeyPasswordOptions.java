package io.edgecert.cli;

import picocli.CommandLine.Option;

/** Where bundle finds the passphrase of an encrypted private key file. */
public final class KeyPasswordOptions {

  @Option(
      names = "--key-password-file",
      paramLabel = "FILE",
      description = "Open the encrypted key with the passphrase on the first line of FILE.")
  String file;

  @Option(
      names = "--key-password-env",
      paramLabel = "VAR",
      description = "Open the encrypted key with the passphrase in the environment variable VAR.")
  String variable;
}
