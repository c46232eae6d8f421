package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateJudge;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.CertificateValidator;
import io.edgecert.domain.validation.RoleMatcher;
import io.edgecert.domain.validation.ValidationContext;
import io.edgecert.domain.validation.rules.CertificateRules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What validate and bundle share: a topology read and checked once, planned once as of the day
 * (UTC) of the instant to judge at, and every certificate rule run on certificates against that
 * plan.
 */
final class PlanJudging {
  private final Function<TopologySource, Topology> topologies;
  private final BiFunction<Topology, LocalDate, CertificatePlan> planner;
  private final CertificateReader certificates;
  private final CertificateValidator validator = new CertificateValidator(CertificateRules.ALL);

  PlanJudging(
      Function<TopologySource, Topology> topologies,
      BiFunction<Topology, LocalDate, CertificatePlan> planner,
      CertificateReader certificates) {
    this.topologies = topologies;
    this.planner = planner;
    this.certificates = certificates;
  }

  /** Reads, checks and plans the topology once, for every certificate judged at {@code at}. */
  Run run(TopologySource topology, Instant at, int expiryWarningDays, TrustSettings trust) {
    return run(topologies.apply(topology), at, expiryWarningDays, trust);
  }

  /** Plans a topology already read once ({@code trust} is null for evidence already read). */
  Run run(Topology topology, Instant at, int expiryWarningDays, TrustSettings trust) {
    CertificatePlan plan = planner.apply(topology, LocalDate.ofInstant(at, ZoneOffset.UTC));
    return new Run(trust, expiryWarningDays, topology, plan, at);
  }

  /** What every certificate of one run is judged with. */
  final class Run implements CertificateJudge {
    private final TrustSettings trust;
    private final int expiryWarningDays;
    private final Topology topology;
    private final CertificatePlan plan;
    private final Instant at;

    private Run(
        TrustSettings trust,
        int expiryWarningDays,
        Topology topology,
        CertificatePlan plan,
        Instant at) {
      this.trust = trust;
      this.expiryWarningDays = expiryWarningDays;
      this.topology = topology;
      this.plan = plan;
      this.at = at;
    }

    @Override
    public Instant at() {
      return at;
    }

    Topology topology() {
      return topology;
    }

    CertificatePlan plan() {
      return plan;
    }

    @Override
    public CertificateReport judge(CertificateSource source) {
      return validate(context(source));
    }

    CertificateReport validate(ValidationContext context) {
      return validator.validate(context);
    }

    ValidationContext context(CertificateSource source) {
      return context(certificates.read(source, trust, at), source.role());
    }

    /** The context of evidence already read, judged as {@code role} (null: matched by CN). */
    ValidationContext context(CertificateEvidence evidence, CertificateRole role) {
      return new ValidationContext(
          topology, plan, RoleMatcher.match(plan, evidence, role), evidence, at, expiryWarningDays);
    }
  }
}
