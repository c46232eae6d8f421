package io.edgecert.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code edgecert}: the top-level command. It holds the subcommands and the help attributes they
 * inherit: --help, --version, the exit codes and the heading of their examples.
 */
@Command(
    name = "edgecert",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description =
        "Plans and checks the certificates of Lync Server 2013 and Skype for Business Server"
            + " 2015/2019 Edge Servers.",
    exitCodeListHeading = CommandText.EXIT_CODES,
    exitCodeList = {
      CommandText.EXIT_OK,
      CommandText.EXIT_FAILED,
      CommandText.EXIT_INVALID,
      CommandText.EXIT_INTERNAL
    },
    footerHeading = CommandText.EXAMPLES,
    footer = {
      "  edgecert plan topology.yaml",
      "  edgecert validate topology.yaml edge.pfx --password-env PFX_PASSWORD",
      "  edgecert rules EXT-SAN",
      "  edgecert plan --help"
    })
public final class EdgecertCommand {
  static final String COLOR = "--color";

  /** Read by {@link CliExecution}, which sets the colour scheme before the command runs. */
  @Option(
      names = COLOR,
      scope = ScopeType.INHERIT,
      paramLabel = "WHEN",
      converter = CliExecution.ColourModeConverter.class,
      description =
          "Colour the output: auto (on a terminal, unless NO_COLOR is set to a non-empty value"
              + " or TERM=dumb), always or never (default: auto).")
  CliExecution.ColourMode colour;
}
