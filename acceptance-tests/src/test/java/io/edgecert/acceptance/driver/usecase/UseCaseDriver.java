package io.edgecert.acceptance.driver.usecase;

import io.edgecert.acceptance.driver.CertificateInput;
import io.edgecert.acceptance.driver.Driver;
import io.edgecert.acceptance.driver.InputError;
import io.edgecert.acceptance.driver.Json;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.driver.ProbeInputs;
import io.edgecert.acceptance.driver.TopologyText;
import io.edgecert.acceptance.driver.Trust;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.DnsServer;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.domain.Coded;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.ProbeTarget;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Calls the driving ports in process and encodes their results with the production {@link
 * ExportUseCase}, so that the JSON trees are those the CLI prints and the REST API sends.
 */
final class UseCaseDriver implements Driver {
  private final PlanUseCase plans;
  private final ValidateUseCase validations;
  private final ExportUseCase export;
  private final ProbeUseCase probes;

  UseCaseDriver(
      PlanUseCase plans, ValidateUseCase validations, ExportUseCase export, ProbeUseCase probes) {
    this.plans = plans;
    this.validations = validations;
    this.export = export;
    this.probes = probes;
  }

  @Override
  public Outcome probe(TopologyText topology, ProbeInputs inputs) {
    try {
      ProbeReport report =
          probes.probe(
              new ProbeCommand(
                  source(topology),
                  inputs.targets().stream().map(t -> ProbeTarget.parse("--target", t)).toList(),
                  DnsServer.parse("--dns-server", inputs.dnsServer()),
                  null,
                  Duration.ofSeconds(20),
                  ProbeCommand.DEFAULT_CONCURRENCY,
                  null,
                  false,
                  inputs.at(),
                  ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS,
                  settings(inputs.trust()),
                  null,
                  null));
      Outcome.Result result =
          report.verdict() == Verdict.PASS ? Outcome.Result.ACCEPTED : Outcome.Result.REJECTED;
      String json = export.probeJson(report);
      return Outcome.answered(
          result, "verdict " + report.verdict().code(), Json.parse(json, "probeJson"));
    } catch (InvalidInputException e) {
      return refused(e);
    }
  }

  @Override
  public Outcome plan(TopologyText topology, LocalDate asOf) {
    try {
      String json = export.planJson(plans.plan(new PlanCommand(source(topology), asOf)));
      return Outcome.answered(Outcome.Result.ACCEPTED, "plan", Json.parse(json, "planJson"));
    } catch (InvalidInputException e) {
      return refused(e);
    }
  }

  @Override
  public Outcome validate(
      TopologyText topology, List<CertificateInput> certificates, Trust trust, Instant at) {
    try {
      ValidationReport report =
          validations.validate(
              new ValidateCommand(
                  source(topology),
                  certificates.stream().map(UseCaseDriver::source).toList(),
                  at,
                  ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS,
                  settings(trust)));
      Outcome.Result result =
          report.verdict() == Verdict.PASS ? Outcome.Result.ACCEPTED : Outcome.Result.REJECTED;
      String json = export.reportJson(report);
      String raw = "verdict " + report.verdict().code();
      return Outcome.answered(result, raw, Json.parse(json, "reportJson"));
    } catch (InvalidInputException e) {
      return refused(e);
    }
  }

  private static TopologySource source(TopologyText topology) {
    TopologySource.Syntax syntax =
        topology.syntax() == TopologyText.Syntax.JSON
            ? TopologySource.Syntax.JSON
            : TopologySource.Syntax.YAML;
    return new TopologySource(topology.syntax().fileName(), topology.bytes(), syntax);
  }

  private static CertificateSource source(CertificateInput input) {
    CertificateRole role = Coded.parse(CertificateRole.class, input.role()).orElseThrow();
    char[] password = input.password() == null ? null : input.password().toCharArray();
    return new CertificateSource(input.fileName(), input.content(), password, role, input.member());
  }

  private static TrustSettings settings(Trust trust) {
    return new TrustSettings(
        bytes(trust.publicRootsPem()),
        trust.privateRootsPem().stream().map(UseCaseDriver::bytes).toList());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static Outcome refused(InvalidInputException e) {
    List<InputError> errors =
        e.problems().stream().map(p -> new InputError(p.pointer(), p.message())).toList();
    return Outcome.refused("InvalidInputException " + e.kind(), errors);
  }
}
