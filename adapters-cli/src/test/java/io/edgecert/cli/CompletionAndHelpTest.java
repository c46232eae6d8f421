package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionAndHelpTest {

  @Test
  void bashCompletion_offersSubcommandsOptionsAndFormatValues() {
    CliRun run = CliRun.withSamples().run("completion", "bash");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("complete -F _complete_edgecert", "plan validate rules")
        .contains("'--strict'", "--output")
        .contains("(\"text\" \"markdown\" \"json\" \"junit\" \"sarif\" \"jsonl\")");
  }

  @Test
  void zshCompletion_isTheBashScriptUnderBashcompinit() {
    CliRun run = CliRun.withSamples().run("completion", "zsh");

    assertThat(run.out).startsWith("#compdef edgecert\n").contains("bashcompinit");
  }

  @Test
  void powershellCompletion_registersACompleterWithEveryCommandAndTheFormatValues() {
    CliRun run = CliRun.withSamples().run("completion", "powershell");

    assertThat(run.exitCode).isZero();
    assertThat(run.out)
        .contains("Register-ArgumentCompleter -Native -CommandName 'edgecert', 'edgecert.cmd'")
        .contains("'' = @('plan', 'validate', 'rules', 'completion', 'help'")
        .contains("'validate --format' = @('text', 'markdown', 'json', 'junit', 'sarif', 'jsonl')")
        .contains("'completion ' = @('bash', 'zsh', 'powershell')");
  }

  @Test
  void anUnknownShell_exits2() {
    CliRun run = CliRun.withSamples().run("completion", "fish");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("'fish' is not one of bash, zsh, powershell");
  }

  @Test
  void helpCommand_printsTheSubcommandsHelp() {
    CliRun help = CliRun.withSamples().run("help", "validate");
    CliRun option = CliRun.withSamples().run("validate", "--help");

    assertThat(help.exitCode).isZero();
    assertThat(help.out).isEqualTo(option.out).contains("Usage: edgecert validate");
  }
}
