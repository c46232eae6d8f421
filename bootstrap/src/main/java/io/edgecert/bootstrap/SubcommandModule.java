package io.edgecert.bootstrap;

import java.util.List;

/**
 * A module that binds subcommands: the types, each bound in the module, that {@link
 * CommandLineModule} puts under {@code edgecert} (in the order of the modules, then of this list).
 */
interface SubcommandModule {
  /** The subcommand types this module binds. */
  List<Class<?>> subcommands();
}
