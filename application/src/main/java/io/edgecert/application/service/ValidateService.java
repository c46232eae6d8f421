package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.CertificateValidator;
import io.edgecert.domain.validation.PoolCopy;
import io.edgecert.domain.validation.PoolIdentity;
import io.edgecert.domain.validation.RoleMatcher;
import io.edgecert.domain.validation.ValidationContext;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.rules.CertificateRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Judges real certificates against the plan of a topology: reads and checks the topology, plans it
 * as of the evaluation day (UTC), reads each certificate, matches it to a planned role and runs
 * every certificate rule on it; for a pool, compares the members' copies of each role.
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
    MemberNames.check(topology, command.certificates());
    List<CertificateReport> reports = new ArrayList<>();
    List<PoolCopy> copies = new ArrayList<>();
    for (CertificateSource source : command.certificates()) {
      ValidationContext context = context(source, new Run(command, topology, plan, at));
      reports.add(validator.validate(context));
      copies.add(new PoolCopy(context.role(), source.member(), context.evidence()));
    }
    return new ValidationReport(at, reports, PoolIdentity.of(topology, copies));
  }

  private ValidationContext context(CertificateSource source, Run run) {
    CertificateEvidence evidence = certificates.read(source, run.command().trust(), run.at());
    return new ValidationContext(
        run.topology(),
        run.plan(),
        RoleMatcher.match(run.plan(), evidence, source.role()),
        evidence,
        run.at(),
        run.command().expiryWarningDays());
  }

  /** What every certificate of one run is judged with. */
  private record Run(
      ValidateCommand command, Topology topology, CertificatePlan plan, Instant at) {}
}
