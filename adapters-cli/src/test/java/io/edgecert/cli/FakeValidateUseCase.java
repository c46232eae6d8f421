package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateEachCommand;
import io.edgecert.application.port.in.ValidateEachUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A validate use case that answers with a function of the command, and keeps a copy of each
 * password it was handed (the CLI wipes the originals afterwards). As a {@link ValidateEachUseCase}
 * it judges each source with the same function applied to a command of that one source, from any
 * thread, and records the names it judged.
 */
final class FakeValidateUseCase implements ValidateUseCase, ValidateEachUseCase {
  private final Function<ValidateCommand, ValidationReport> answer;
  ValidateCommand lastCommand;
  ValidateEachCommand lastEachCommand;
  final List<String> passwords = Collections.synchronizedList(new ArrayList<>());
  final List<String> judged = Collections.synchronizedList(new ArrayList<>());

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

  @Override
  public CertificateJudge prepare(ValidateEachCommand command) {
    lastEachCommand = command;
    Instant at = command.at() != null ? command.at() : Instant.parse("2026-01-01T00:00:00Z");
    return new CertificateJudge() {
      @Override
      public Instant at() {
        return at;
      }

      @Override
      public CertificateReport judge(CertificateSource source) {
        judged.add(source.name());
        passwords.add(source.password() == null ? null : new String(source.password()));
        ValidateCommand one =
            new ValidateCommand(
                command.topology(),
                List.of(source),
                at,
                command.expiryWarningDays(),
                command.trust());
        return answer.apply(one).certificates().get(0);
      }
    };
  }
}
