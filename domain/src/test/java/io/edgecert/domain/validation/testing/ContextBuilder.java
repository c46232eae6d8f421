package io.edgecert.domain.validation.testing;

import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainGap;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.certificate.PrivateKeyFacts;
import io.edgecert.domain.certificate.SourceFormat;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.topology.Addressing;
import io.edgecert.domain.topology.TopologyBuilder;
import io.edgecert.domain.validation.ValidationContext;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** A validation context for one rule test: topology, hand-built plan, facts, chain and key. */
public final class ContextBuilder {
  public static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

  private final CertificateRole role;
  private final TopologyBuilder topology = TopologyBuilder.contoso().addressing(Addressing.PUBLIC);
  private final PlanBuilder plan = new PlanBuilder();
  private final FactsBuilder leaf;
  private ChainFacts chain;
  private PrivateKeyFacts privateKey;
  private Instant at = AT;
  private int warningDays = 30;
  private boolean request;
  private Boolean requestSignatureValid;

  private ContextBuilder(CertificateRole role, FactsBuilder leaf, ChainStatus status) {
    this.role = role;
    this.leaf = leaf;
    chain(status);
  }

  /** The contoso external certificate, from a public CA, as the plan wants it. */
  public static ContextBuilder external() {
    return new ContextBuilder(
        CertificateRole.EXTERNAL, FactsBuilder.external(), ChainStatus.PUBLIC_ROOT);
  }

  /** The contoso internal certificate, from an internal CA. */
  public static ContextBuilder internal() {
    return new ContextBuilder(
        CertificateRole.INTERNAL, FactsBuilder.internal(), ChainStatus.PRIVATE_ROOT);
  }

  /** A decoupled A/V Authentication certificate with names of its own. */
  public static ContextBuilder avAuthentication() {
    ContextBuilder builder =
        new ContextBuilder(
            CertificateRole.AV_AUTHENTICATION,
            FactsBuilder.external().commonName("*.contoso.com").dnsNames("*.contoso.com"),
            ChainStatus.PUBLIC_ROOT);
    builder.topology.separateAvAuthentication();
    builder.plan.avDecoupled();
    return builder;
  }

  public ContextBuilder topology(Consumer<TopologyBuilder> change) {
    change.accept(topology);
    return this;
  }

  public ContextBuilder plan(Consumer<PlanBuilder> change) {
    change.accept(plan);
    return this;
  }

  public ContextBuilder leaf(Consumer<FactsBuilder> change) {
    change.accept(leaf);
    return this;
  }

  public ContextBuilder chain(ChainStatus status) {
    List<String> path = List.of("CN=leaf", "CN=Issuing CA", "CN=" + status.code() + " root");
    String missing = status == ChainStatus.INCOMPLETE ? "CN=Missing Intermediate CA" : null;
    chain = new ChainFacts(status, path, missing);
    return this;
  }

  /** An incomplete chain whose issuer was found by name, but whose key does not verify. */
  public ContextBuilder issuerKeyMismatch() {
    chain =
        new ChainFacts(
            ChainStatus.INCOMPLETE,
            List.of("CN=leaf"),
            "CN=Example Issuing CA",
            ChainGap.ISSUER_KEY_MISMATCH);
    return this;
  }

  /** An incomplete chain that reaches a supplied root nobody trusts. */
  public ContextBuilder untrustedRoot() {
    chain =
        new ChainFacts(
            ChainStatus.INCOMPLETE,
            List.of("CN=leaf", "CN=Issuing CA", "CN=Contoso Root"),
            "CN=Contoso Root",
            ChainGap.ROOT_NOT_TRUSTED);
    return this;
  }

  /** A PKCS#12 key for the certificate (or not), marked for a provider. */
  public ContextBuilder key(boolean matches, KeyProvider provider, String providerName) {
    privateKey = new PrivateKeyFacts(matches, "edge", provider, providerName);
    return this;
  }

  public ContextBuilder matchingKey() {
    return key(true, KeyProvider.CSP, "Microsoft RSA SChannel Cryptographic Provider");
  }

  /** A PKCS#10 request instead of a certificate: no validity, issuer or chain. */
  public ContextBuilder request() {
    request = true;
    requestSignatureValid = true;
    leaf.request();
    chain = ChainFacts.notChecked();
    return this;
  }

  /** A request whose self-signature does not verify with its own key (or does). */
  public ContextBuilder requestSignatureValid(Boolean valid) {
    requestSignatureValid = valid;
    return this;
  }

  public ContextBuilder at(Instant instant) {
    at = instant;
    return this;
  }

  public ContextBuilder warningDays(int days) {
    warningDays = days;
    return this;
  }

  public CertificateEvidence evidence() {
    SourceFormat format =
        request ? SourceFormat.PKCS10 : privateKey != null ? SourceFormat.PKCS12 : SourceFormat.PEM;
    return new CertificateEvidence(
        "edge." + format.code(),
        format,
        request,
        leaf.build(),
        List.of(),
        chain,
        privateKey,
        requestSignatureValid);
  }

  public ValidationContext build() {
    CertificatePlan built = plan.build();
    return new ValidationContext(
        topology.build(),
        built,
        built.certificate(role).orElseThrow(),
        evidence(),
        at,
        warningDays);
  }
}
