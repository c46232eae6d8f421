package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.CertificateValidator;
import io.edgecert.domain.validation.RoleMatcher;
import io.edgecert.domain.validation.ValidationContext;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.rules.CertificateRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Judges real certificates against the plan of a topology: reads and checks the topology, plans it
 * as of the evaluation day (UTC), reads each certificate, matches it to a planned role and runs
 * every certificate rule on it.
 */
public final class ValidateService implements ValidateUseCase {
  private final Function<TopologySource, Topology> topologies;
  private final BiFunction<Topology, LocalDate, CertificatePlan> planner;
  private final CertificateReader certificates;
  private final Clock clock;
  private final CertificateValidator validator = new CertificateValidator(CertificateRules.ALL);

  public ValidateService(TopologyReader reader, CertificateReader certificates, Clock clock) {
    this(new TopologyLoader(reader)::load, Planner::plan, certificates, clock);
  }

  /** The planning step as functions, so that it can be replaced in tests. */
  ValidateService(
      Function<TopologySource, Topology> topologies,
      BiFunction<Topology, LocalDate, CertificatePlan> planner,
      CertificateReader certificates,
      Clock clock) {
    this.topologies = topologies;
    this.planner = planner;
    this.certificates = certificates;
    this.clock = clock;
  }

  @Override
  public ValidationReport validate(ValidateCommand command) {
    Instant at = command.at() != null ? command.at() : clock.instant();
    Topology topology = topologies.apply(command.topology());
    CertificatePlan plan = planner.apply(topology, LocalDate.ofInstant(at, ZoneOffset.UTC));
    List<CertificateReport> reports =
        command.certificates().stream()
            .map(source -> judge(source, new Run(command, topology, plan, at)))
            .toList();
    return new ValidationReport(at, reports);
  }

  private CertificateReport judge(CertificateSource source, Run run) {
    CertificateEvidence evidence = certificates.read(source, run.command().trust(), run.at());
    return judge(run.topology(), run.plan(), evidence, source.role(), run.at(), run.command().expiryWarningDays());
  }

  /**
   * Judges evidence already read (such as the chain a live endpoint sent) with every certificate
   * rule, as the planned certificate of {@code role} (null: matched by CN), planned as of the day of
   * {@code at}.
   */
  public List<CertificateReport> validateEvidence(
      Topology topology, List<RoleEvidence> evidence, Instant at, int expiryWarningDays) {
    CertificatePlan plan = planner.apply(topology, LocalDate.ofInstant(at, ZoneOffset.UTC));
    return evidence.stream()
        .map(e -> judge(topology, plan, e.evidence(), e.role(), at, expiryWarningDays))
        .toList();
  }

  private CertificateReport judge(
      Topology topology,
      CertificatePlan plan,
      CertificateEvidence evidence,
      CertificateRole role,
      Instant at,
      int expiryWarningDays) {
    ValidationContext context =
        new ValidationContext(
            topology, plan, RoleMatcher.match(plan, evidence, role), evidence, at, expiryWarningDays);
    return validator.validate(context);
  }

  /** Evidence to judge and the role to judge it as (null: matched by CN). */
  public record RoleEvidence(CertificateEvidence evidence, CertificateRole role) {}

  /** What every certificate of one run is judged with. */
  private record Run(
      ValidateCommand command, Topology topology, CertificatePlan plan, Instant at) {}
}
