package io.edgecert.cli;

import picocli.CommandLine.Option;

/** Where request finds the passphrase that encrypts the new private key; never the command line. */
public final class KeyPassphraseOptions {

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Encrypt the key with the passphrase on the first line of FILE.")
  String file;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "Encrypt the key with the passphrase in the environment variable VAR.")
  String variable;
}
