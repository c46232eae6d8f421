package io.edgecert.application.service;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.Pkcs12Draft;
import io.edgecert.application.port.out.Pkcs12Protection;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Bundles an issued certificate with its key: the builder checks the key and chain, validation
 * checks the certificate against the plan when a topology is given, then the PFX is packed.
 */
public final class BundleService implements BundleUseCase {
  private final Pkcs12Builder builder;
  private final ValidateUseCase validator;
  private final TopologyLoader loader;
  private final Clock clock;

  public BundleService(
      Pkcs12Builder builder, ValidateUseCase validator, TopologyReader reader, Clock clock) {
    this.builder = builder;
    this.validator = validator;
    this.loader = new TopologyLoader(reader);
    this.clock = clock;
  }

  @Override
  public CertificateBundle bundle(BundleCommand command) {
    BundleOptions options = command.options();
    Pkcs12Draft draft = builder.prepare(materials(command));
    BundleTarget target =
        command.topology() == null
            ? BundleTarget.unplanned(command.role())
            : planned(command, draft);
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
        target.report());
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

  /** Validates the certificate; refuses a failing one unless forced; finds its planned target. */
  private BundleTarget planned(BundleCommand command, Pkcs12Draft draft) {
    ValidationReport report = validate(command, draft);
    CertificateReport certificate = report.certificates().get(0);
    String topologyName = command.topology().name();
    if (report.verdict() == Verdict.FAIL && !command.options().force()) {
      throw ValidationRefusal.of(command.certificate().name(), topologyName, certificate);
    }
    Topology topology = OffEdgeTopology.of(loader.load(command.topology()));
    CertificatePlan plan = Planner.plan(topology, LocalDate.now(clock));
    return BundleTarget.planned(
        plan.require(certificate.role(), topologyName), topology, report);
  }

  private ValidationReport validate(BundleCommand command, Pkcs12Draft draft) {
    CertificateSource source =
        new CertificateSource(
            command.certificate().name(), draft.certificatesPem(), null, command.role());
    return validator.validate(
        new ValidateCommand(
            command.topology(),
            List.of(source),
            null,
            ValidateCommand.DEFAULT_EXPIRY_WARNING_DAYS,
            command.trust()));
  }
}
