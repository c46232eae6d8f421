package io.edgecert.cli;

import picocli.CommandLine.Option;

/**
 * Where the PKCS#12 password comes from: a file or an environment variable, never the command line
 * itself (it would show in the process list and the shell history).
 */
public final class PasswordOptions {
  static final String FILE = "--password-file";

  @Option(
      names = FILE,
      paramLabel = "FILE",
      description = "Read the PKCS#12 password from the first line of FILE.")
  String file;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "Read the PKCS#12 password from the environment variable VAR.")
  String variable;
}
