package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A validate use case that answers with a function of the command, and keeps a copy of each
 * password it was handed (the CLI wipes the originals afterwards).
 */
final class FakeValidateUseCase implements ValidateUseCase {
  private final Function<ValidateCommand, ValidationReport> answer;
  ValidateCommand lastCommand;
  final List<String> passwords = new ArrayList<>();

  FakeValidateUseCase(Function<ValidateCommand, ValidationReport> answer) {
    this.answer = answer;
  }

  @Override
  public ValidationReport validate(ValidateCommand command) {
    lastCommand = command;
    for (CertificateSource source : command.certificates()) {
      passwords.add(source.password() == null ? null : new String(source.password()));
    }
    return answer.apply(command);
  }
}
