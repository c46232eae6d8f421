package io.edgecert.domain.validation.rules;

import io.edgecert.domain.validation.CertificateRule;
import java.util.List;

/** The certificate rules edgecert checks, as an explicit list in the catalogue's order. */
public final class CertificateRules {

  /** Every rule, in the order of the rule catalogue (and so of the reports). */
  public static final List<CertificateRule> ALL =
      List.of(
          new ServerAuthenticationEku(),
          new KeyUsageForTls(),
          new CrlDistributionPoint(),
          new HttpCrlDistributionPoint(),
          new SignatureHash(),
          new NoRsassaPss(),
          new DocumentedRsaKeySize(),
          new RecommendedRsaKeySize(),
          new AcceptedKeyAlgorithm(),
          new EllipticCurve(),
          new RequestSignatureVerifies(),
          new CertificateNameSyntax(),
          new NoTrailingDot(),
          new ExternalPublicCa(),
          new ExternalSubjectIsAccessEdge(),
          new ExternalSubjectNotWildcard(),
          new CommonNameInSan(),
          new AccessEdgeInSan(),
          new WebConferencingEdgeInSan(),
          new SipDomainsInSan(),
          new AvEdgeInSanTolerated(),
          new ExternalServerAuthenticationEku(),
          new AccessEdgeClientAuthenticationEku(),
          new PoolKeyExportable(),
          new SingleEdgeKeyExportable(),
          new InternalCa(),
          new InternalSubjectIsInternalFqdn(),
          new InternalSubjectNotWildcard(),
          new InternalServerAuthenticationEku(),
          new PoolInternalKeyExportable(),
          new NoWildcardSubject(),
          new NoWildcardSan(),
          new HybridSipDomainsInSan(),
          new XmppDomainsInSan(),
          new NoXmppOnSfb2019(),
          new AlreadyValid(),
          new NotExpired(),
          new ExpiryWindow(),
          new CompleteChain(),
          new PrivateKeyMatches(),
          new LegacyKeyProvider(),
          new NotCaCertificate(),
          new KnownCriticalExtensions(),
          new UsableRsaPublicKey(),
          new PositiveSerialNumber(),
          new NoUnplannedSan(),
          new ClientAuthRenewalRisk());

  private CertificateRules() {}
}
