package io.edgecert.x509;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.PrivateKeyFacts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PEM, DER, PKCS#7, PKCS#12 and PKCS#10 inputs with BouncyCastle, extracts their facts and
 * builds the chain to the public (JDK or given) or private roots. Thread-safe; keep one instance.
 */
public final class BouncyCastleCertificateReader implements CertificateReader {
  private final TrustAnchorCache trustAnchors;
  private final ChainBuilder chains = new ChainBuilder(new SignatureVerifier());
  private final WorkLimits limits;

  /**
   * A reader whose default public roots are the JDK's trust store, indexed by subject on first need
   * and each parsed when a chain first asks for it.
   */
  public BouncyCastleCertificateReader() {
    this(WorkLimits.DEFAULT);
  }

  /** A reader that refuses inputs costing more than {@code limits} (tests use small ones). */
  BouncyCastleCertificateReader(WorkLimits limits) {
    this.trustAnchors = new TrustAnchorCache(() -> RootIndex.lazy(JdkTrustStore.certificates()));
    this.limits = limits;
  }

  @Override
  public CertificateEvidence read(CertificateSource source, TrustSettings trust, Instant at) {
    String file = source.name();
    WorkMeter meter = new WorkMeter(file, limits);
    DecodedInput input = InputDecoder.decode(file, source.content(), source.password());
    if (input.request() != null) {
      CertificateFacts request =
          InputErrors.decode(
              file,
              "holds a certificate request with malformed content",
              () -> CertificateFactsReader.request(input.request()));
      return new CertificateEvidence(
          file,
          input.format(),
          true,
          request,
          List.of(),
          ChainFacts.notChecked(),
          null,
          RequestSignature.verifies(input.request()));
    }
    List<ParsedCertificate> certificates = LeafSelector.distinct(input.certificates());
    ParsedCertificate leaf =
        input.keyCertificate() != null
            ? input.keyCertificate()
            : LeafSelector.select(file, certificates, meter);
    TrustSettings settings = trust == null ? TrustSettings.defaults() : trust;
    ChainFacts chain =
        chains.build(
            leaf,
            withIntermediates(certificates, settings),
            trustAnchors.anchors(settings),
            at,
            meter);
    return new CertificateEvidence(
        file,
        input.format(),
        false,
        facts(file, leaf),
        others(file, leaf, certificates, meter),
        chain,
        keyFacts(input, leaf));
  }

  /** The input's certificates, then those of each --chain file not already among them. */
  private List<ParsedCertificate> withIntermediates(
      List<ParsedCertificate> certificates, TrustSettings trust) {
    if (trust.intermediates().isEmpty()) {
      return certificates;
    }
    List<ParsedCertificate> all = new ArrayList<>(certificates);
    all.addAll(trustAnchors.intermediates(trust));
    return LeafSelector.distinct(all);
  }

  private static List<CertificateFacts> others(
      String file, ParsedCertificate leaf, List<ParsedCertificate> certificates, WorkMeter meter) {
    List<CertificateFacts> others = new ArrayList<>();
    for (ParsedCertificate certificate : certificates) {
      meter.step();
      if (!certificate.sha256().equals(leaf.sha256())) {
        others.add(facts(file, certificate));
      }
    }
    return others;
  }

  private static CertificateFacts facts(String file, ParsedCertificate certificate) {
    return InputErrors.decode(
        file,
        "holds a certificate with malformed content (" + certificate.subject().text() + ")",
        certificate::facts);
  }

  private static PrivateKeyFacts keyFacts(DecodedInput input, ParsedCertificate leaf) {
    if (input.key() == null) {
      return null;
    }
    String provider = input.key().providerName();
    return new PrivateKeyFacts(
        KeyMatch.matches(input.key().info(), leaf),
        input.key().friendlyName(),
        KeyProviders.classify(provider),
        provider);
  }
}
