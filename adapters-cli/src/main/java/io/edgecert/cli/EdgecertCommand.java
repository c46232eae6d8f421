package io.edgecert.cli;

import picocli.CommandLine.Command;

/** {@code edgecert}: the top-level command; it only holds the subcommands and the general help. */
@Command(
    name = "edgecert",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = {
      "Plans and checks the certificates of Lync Server 2013 and Skype for Business Server",
      "2015/2019 Edge Servers. Colour is used on a terminal only, never when NO_COLOR is set."
    },
    exitCodeListHeading = CommandText.EXIT_CODES,
    exitCodeList = {
      CommandText.EXIT_OK, CommandText.EXIT_FAILED, CommandText.EXIT_INVALID, CommandText.EXIT_INTERNAL
    },
    footerHeading = CommandText.EXAMPLES,
    footer = {
      "  edgecert plan topology.yaml",
      "  edgecert validate topology.yaml edge.pfx --password-env PFX_PASSWORD",
      "  edgecert rules EXT-SAN",
      "  edgecert plan --help"
    })
public final class EdgecertCommand {}
