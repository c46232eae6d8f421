package io.edgecert.cli;

import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.domain.plan.CertificatePlan;
import java.util.function.Function;

/** A plan use case that answers with a function of the command and remembers the last command. */
final class FakePlanUseCase implements PlanUseCase {
  private final Function<PlanCommand, CertificatePlan> answer;
  PlanCommand lastCommand;
  String lastContent;

  FakePlanUseCase(Function<PlanCommand, CertificatePlan> answer) {
    this.answer = answer;
  }

  @Override
  public CertificatePlan plan(PlanCommand command) {
    lastCommand = command;
    lastContent = new String(command.topology().content(), java.nio.charset.StandardCharsets.UTF_8);
    return answer.apply(command);
  }
}
