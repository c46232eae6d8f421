package io.edgecert.cli;

/** The exit codes of edgecert, the same for every subcommand. */
public final class ExitCode {
  /** Done; for validate: no must-rule failed (warnings allowed). */
  public static final int OK = 0;

  /** validate: at least one must-rule failed. */
  public static final int RULE_FAILED = 1;

  /** The command line or an input (topology, certificate, password) was wrong. */
  public static final int INVALID_INPUT = 2;

  /** A bug in edgecert. */
  public static final int INTERNAL_ERROR = 3;

  private ExitCode() {}
}
