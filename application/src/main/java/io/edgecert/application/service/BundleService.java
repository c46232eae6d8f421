package io.edgecert.application.service;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.BundleRefusal;
import io.edgecert.application.port.in.BundleRefusedException;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.Pkcs12Draft;
import io.edgecert.application.port.out.Pkcs12Protection;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Bundles an issued certificate with its key: the builder checks the key and chain; with a topology
 * the certificate is judged against its plan (read and planned once), without one it must be valid
 * at the instant; a certificate that fails is refused, as data, unless forced; then the PFX is
 * packed.
 */
public final class BundleService implements BundleUseCase {
  private final Pkcs12Builder builder;
  private final PlanJudging judging;
  private final Clock clock;

  public BundleService(
      Pkcs12Builder builder, CertificateReader certificates, TopologyReader reader, Clock clock) {
    this(
        builder,
        new PlanJudging(new TopologyLoader(reader)::load, Planner::plan, certificates),
        clock);
  }

  /** With the judging step given, so that it can be replaced in tests. */
  BundleService(Pkcs12Builder builder, PlanJudging judging, Clock clock) {
    this.builder = builder;
    this.judging = judging;
    this.clock = clock;
  }

  @Override
  public CertificateBundle bundle(BundleCommand command) {
    BundleOptions options = command.options();
    Pkcs12Draft draft = builder.prepare(materials(command));
    // whole seconds, as every report prints its time (validate and probe do the same)
    Instant at =
        (command.at() != null ? command.at() : clock.instant())
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    BundleTarget target =
        command.topology() == null ? unplanned(command, draft, at) : planned(command, draft, at);
    String friendlyName =
        options.friendlyName() != null ? options.friendlyName() : target.friendlyName();
    byte[] pkcs12 = draft.pkcs12(command.pfxPassword(), friendlyName, protection(options));
    List<String> powerShell = PowerShellLines.of(options.pfxFileName(), target, draft.thumbprint());
    return new CertificateBundle(
        pkcs12,
        draft.thumbprint(),
        friendlyName,
        draft.chain(),
        draft.missingIssuer(),
        powerShell,
        target.report(),
        target.overridden());
  }

  private static BundleMaterials materials(BundleCommand command) {
    return new BundleMaterials(
        command.key(),
        command.keyPassphrase(),
        command.certificate(),
        command.chain(),
        command.options().allowIncompleteChain());
  }

  private static Pkcs12Protection protection(BundleOptions options) {
    return options.legacy() ? Pkcs12Protection.TRIPLE_DES_SHA_1 : Pkcs12Protection.AES_256_SHA_256;
  }

  /** Without a topology: refuses a certificate that is not valid at {@code at} unless forced. */
  private static BundleTarget unplanned(BundleCommand command, Pkcs12Draft draft, Instant at) {
    BundleRefusal refusal = null;
    if (at.isBefore(draft.notBefore()) || at.isAfter(draft.notAfter())) {
      refusal = new BundleRefusal.NotValidAt(at, draft.notBefore(), draft.notAfter());
      refuseUnlessForced(command, refusal);
    }
    return BundleTarget.unplanned(command.role(), refusal);
  }

  /**
   * Judges the certificate against the plan of the topology, read and planned once; refuses a
   * failing one unless forced; its target is the planned certificate validation matched.
   */
  private BundleTarget planned(BundleCommand command, Pkcs12Draft draft, Instant at) {
    PlanJudging.Run run =
        judging.run(
            command.topology(), at, ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS, command.trust());
    CertificateSource source =
        new CertificateSource(
            command.certificate().name(), draft.certificatesPem(), null, command.role());
    CertificateReport certificate = run.judge(source);
    ValidationReport report = new ValidationReport(run.at(), List.of(certificate));
    BundleRefusal refusal = null;
    if (report.verdict() == Verdict.FAIL) {
      refusal =
          new BundleRefusal.PlanNotSatisfied(
              command.topology().name(),
              certificate.role(),
              certificate.findings().stream().filter(Finding::breaksVerdict).toList());
      refuseUnlessForced(command, refusal);
    }
    return BundleTarget.planned(
        run.plan().require(certificate.role(), command.topology().name()),
        run.topology(),
        report,
        refusal);
  }

  private static void refuseUnlessForced(BundleCommand command, BundleRefusal refusal) {
    if (!command.options().force()) {
      throw new BundleRefusedException(command.certificate().name(), refusal);
    }
  }
}
