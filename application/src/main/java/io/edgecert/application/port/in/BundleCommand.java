package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificateRole;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@link BundleUseCase}: the key (with its passphrase, null when unencrypted), the issued
 * certificate, the chain files, the PFX password and options, and optionally the topology to
 * validate against (null: no validation), the role (null: matched by validation), the trust and the
 * instant to judge the certificate at (null: now).
 *
 * @param pfxFileName the name the PFX is written under, for the Import-CsCertificate line
 * @param force write the bundle even when validation fails (the findings are reported)
 */
public record BundleCommand(
    InputFile key,
    char[] keyPassphrase,
    InputFile certificate,
    List<InputFile> chain,
    char[] pfxPassword,
    BundleOptions options,
    TopologySource topology,
    CertificateRole role,
    TrustSettings trust,
    Instant at) {

  /** A command judged now. */
  public BundleCommand(
      InputFile key,
      char[] keyPassphrase,
      InputFile certificate,
      List<InputFile> chain,
      char[] pfxPassword,
      BundleOptions options,
      TopologySource topology,
      CertificateRole role,
      TrustSettings trust) {
    this(key, keyPassphrase, certificate, chain, pfxPassword, options, topology, role, trust, null);
  }

  public BundleCommand {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(pfxPassword, "pfxPassword");
    chain = List.copyOf(chain);
    options = options == null ? BundleOptions.defaults() : options;
    trust = trust == null ? TrustSettings.defaults() : trust;
  }

  @Override
  public String toString() {
    return "BundleCommand["
        + key.name()
        + ", "
        + certificate.name()
        + ", "
        + chain
        + ", "
        + options
        + ", topology="
        + (topology == null ? null : topology.name())
        + ", role="
        + role
        + ", at="
        + at
        + "]";
  }
}
