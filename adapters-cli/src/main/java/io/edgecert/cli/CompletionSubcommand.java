package io.edgecert.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edgecert completion SHELL}: the shell completion script, made from the command model. */
@Command(
    name = "completion",
    header = "Prints the shell completion script for bash, zsh or PowerShell.",
    description =
        "Completes subcommands, options and the values of options that have a fixed list"
            + " (--format, --role); file names are left to the shell.",
    footer = {
      "  source <(edgecert completion bash)                 # bash, this shell",
      "  edgecert completion bash > /etc/bash_completion.d/edgecert",
      "  edgecert completion zsh > \"${fpath[1]}/_edgecert\"   # zsh",
      "  edgecert completion powershell | Out-String | Invoke-Expression"
    })
public final class CompletionSubcommand implements Callable<Integer> {

  /** The shells edgecert writes completion for. */
  enum Shell {
    BASH,
    ZSH,
    POWERSHELL;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SHELL",
      converter = ShellConverter.class,
      completionCandidates = ShellConverter.class,
      description = "${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = spec.root().commandLine();
    String name = spec.root().name();
    String script =
        switch (shell) {
          case BASH -> AutoComplete.bash(name, root);
          // picocli's script loads bashcompinit itself when zsh runs it
          case ZSH -> "#compdef " + name + "\n" + AutoComplete.bash(name, root);
          case POWERSHELL -> new PowerShellCompletion(root.getCommandSpec()).script();
        };
    CommandText.print(spec, script);
    return ExitCode.OK;
  }

  /** Reads a shell name, ignoring case, and lists the shells for the help. */
  static final class ShellConverter implements CommandLine.ITypeConverter<Shell>, Iterable<String> {
    @Override
    public Shell convert(String value) {
      for (Shell shell : Shell.values()) {
        if (shell.toString().equalsIgnoreCase(value)) {
          return shell;
        }
      }
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not one of bash, zsh, powershell");
    }

    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Shell.values()).map(Shell::toString).iterator();
    }
  }
}
