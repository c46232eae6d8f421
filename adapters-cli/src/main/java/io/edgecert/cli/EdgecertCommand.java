package io.edgecert.cli;

import picocli.CommandLine.Command;
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
            + " 2015/2019 Edge Servers.%nColour is used on a terminal only, never when NO_COLOR"
            + " is set.",
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
public final class EdgecertCommand {}
