package io.edgecert.rest;

import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Product;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A planner that plans one certificate named after the topology's accessEdge, or fails on cue. */
final class FakePlans implements PlanUseCase {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final Pattern ACCESS_EDGE =
      Pattern.compile("accessEdge\"?\\s*:\\s*\"?([A-Za-z0-9.-]+)");

  final AtomicReference<PlanCommand> last = new AtomicReference<>();

  @Override
  public CertificatePlan plan(PlanCommand command) {
    last.set(command);
    String topology = new String(command.topology().content(), StandardCharsets.UTF_8);
    Cues.act(topology, command.topology().name());
    Matcher matcher = ACCESS_EDGE.matcher(topology);
    if (!matcher.find()) {
      throw new InvalidInputException(
          command.topology().name(),
          InvalidInputException.Kind.INVALID,
          List.of(InputProblem.at("edge.accessEdge", "required")));
    }
    LocalDate asOf = command.asOf() == null ? TODAY : command.asOf();
    return new CertificatePlan(
        Product.LYNC_2013, asOf, List.of(certificate(matcher.group(1))), List.of());
  }

  private static PlannedCertificate certificate(String subject) {
    return new PlannedCertificate(
        CertificateRole.EXTERNAL,
        "Access Edge",
        subject,
        List.of(new PlannedSan(subject, List.of("Access Edge"), List.of(RuleId.EXT_SAN_002))),
        List.of(ExtendedKeyUsage.SERVER_AUTH),
        CertificateAuthorityKind.PUBLIC,
        true,
        false,
        List.of(UsageType.ACCESS_EDGE_EXTERNAL),
        new KeySpec(KeyAlgorithm.RSA, 2048),
        "Request-CsCertificate -New -Type AccessEdgeExternal",
        List.of());
  }
}
