package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateEachCommand;
import io.edgecert.application.port.in.ValidateEachUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.PoolCopy;
import io.edgecert.domain.validation.PoolIdentity;
import io.edgecert.domain.validation.ValidationContext;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.work.WorkBudget;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Judges real certificates against the plan of a topology: reads and checks the topology, plans it
 * as of the evaluation day (UTC), reads each certificate, matches it to a planned role and runs
 * every certificate rule on it; for a pool, compares the members' copies of each role. {@link
 * #prepare} does the first two steps once and leaves the rest to a thread-safe judge, for estates
 * of files judged one at a time.
 */
public final class ValidateService implements ValidateUseCase, ValidateEachUseCase {
  private final PlanJudging judging;
  private final Clock clock;

  public ValidateService(TopologyReader reader, CertificateReader certificates, Clock clock) {
    this(new TopologyLoader(reader)::load, Planner::plan, certificates, clock);
  }

  /** The planning step as functions, so that it can be replaced in tests. */
  ValidateService(
      Function<TopologySource, Topology> topologies,
      BiFunction<Topology, LocalDate, CertificatePlan> planner,
      CertificateReader certificates,
      Clock clock) {
    this.judging = new PlanJudging(topologies, planner, certificates);
    this.clock = clock;
  }

  @Override
  public ValidationReport validate(ValidateCommand command) {
    PlanJudging.Run run =
        run(
            new ValidateEachCommand(
                command.topology(), command.at(), command.expiryWarningDays(), command.trust()));
    MemberNames.check(run.topology(), command.certificates());
    List<CertificateReport> reports = new ArrayList<>();
    List<PoolCopy> copies = new ArrayList<>();
    for (CertificateSource source : command.certificates()) {
      WorkBudget.checkpoint();
      ValidationContext context = run.context(source);
      reports.add(run.validate(context));
      copies.add(new PoolCopy(context.role(), source.member(), context.evidence()));
    }
    return new ValidationReport(run.at(), reports, PoolIdentity.of(run.topology(), copies));
  }

  @Override
  public CertificateJudge prepare(ValidateEachCommand command) {
    return run(command);
  }

  private PlanJudging.Run run(ValidateEachCommand command) {
    // Certificates count time in whole seconds, and so does every time a report prints.
    Instant at =
        (command.at() != null ? command.at() : clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    return judging.run(command.topology(), at, command.expiryWarningDays(), command.trust());
  }

  /**
   * Judges evidence already read (such as the chain a live endpoint sent) with every certificate
   * rule, as the planned certificate of {@code role} (null: matched by CN), planned as of the day
   * of {@code at}.
   */
  public List<CertificateReport> validateEvidence(
      Topology topology, List<RoleEvidence> evidence, Instant at, int expiryWarningDays) {
    PlanJudging.Run run = judging.run(topology, at, expiryWarningDays, null);
    return evidence.stream().map(e -> run.validate(run.context(e.evidence(), e.role()))).toList();
  }

  /** Evidence to judge and the role to judge it as (null: matched by CN). */
  public record RoleEvidence(CertificateEvidence evidence, CertificateRole role) {}
}
