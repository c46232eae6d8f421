package io.edgecert.domain.probe.rules;

import io.edgecert.domain.certificate.CertificateFacts;
import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.Observation.StartTls;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.validation.testing.FactsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Members and observations for the probe rule tables. */
final class Members {
  static final Endpoint FEDERATION =
      new Endpoint(
          "sip.contoso.com",
          5061,
          ProbeProtocol.TLS,
          CertificateRole.EXTERNAL,
          "federation",
          null,
          List.of());
  static final Endpoint XMPP =
      new Endpoint(
          "xmpp.contoso.com",
          5269,
          ProbeProtocol.XMPP,
          CertificateRole.EXTERNAL,
          "XMPP",
          "contoso.com",
          List.of());
  static final Endpoint INTERNAL =
      new Endpoint(
          "edge1.contoso.net",
          5061,
          ProbeProtocol.TLS,
          CertificateRole.INTERNAL,
          "Edge Server internal interface",
          null,
          List.of());
  static final Endpoint AV =
      new Endpoint("av.contoso.com", 443, ProbeProtocol.TCP, null, "A/V Edge", null, List.of());

  private Members() {}

  static Member tls(Endpoint endpoint, Set<TlsVersion> accepted, CertificateFacts leaf) {
    return member(endpoint, "127.0.0.2", accepted, null, leaf, "KEY1");
  }

  static Member member(
      Endpoint endpoint,
      String address,
      Set<TlsVersion> accepted,
      StartTls starttls,
      CertificateFacts leaf,
      String keyId) {
    CertificateFacts presented = leaf == null ? null : withKeyId(leaf, keyId);
    List<byte[]> chain = leaf == null ? List.of() : List.of(new byte[] {1});
    Observation seen =
        new Observation(
            address,
            true,
            chain,
            null,
            null,
            accepted,
            false,
            starttls,
            leaf == null ? "handshake failed" : null);
    return new Member(endpoint, true, seen, leaf == null ? List.of() : List.of(presented));
  }

  static CertificateFacts leaf(String... sans) {
    return FactsBuilder.external().dnsNames(sans).build();
  }

  /** A copy of {@code facts} with another thumbprint, serial and not-after. */
  static CertificateFacts variant(
      CertificateFacts f, String thumbprint, String serial, Instant notAfter) {
    return copy(f, f.publicKey(), thumbprint, serial, notAfter);
  }

  /** A copy of {@code f} whose public key has the SubjectPublicKeyInfo hash {@code keyId}. */
  private static CertificateFacts withKeyId(CertificateFacts f, String keyId) {
    PublicKeyFacts k = f.publicKey();
    PublicKeyFacts key =
        new PublicKeyFacts(
            k.algorithm(),
            k.bits(),
            k.curveOid(),
            k.curveName(),
            keyId,
            k.rsaExponent(),
            k.rsaModulusEven());
    return copy(f, key, f.sha1Thumbprint(), f.serialNumber(), f.notAfter());
  }

  private static CertificateFacts copy(
      CertificateFacts f, PublicKeyFacts key, String thumbprint, String serial, Instant notAfter) {
    return new CertificateFacts(
        f.subjectDn(),
        f.commonName(),
        f.issuerDn(),
        serial,
        f.dnsNames(),
        f.otherNames(),
        f.extendedKeyUsagePresent(),
        f.extendedKeyUsageOids(),
        f.keyUsages(),
        f.certificateAuthority(),
        key,
        f.signature(),
        f.notBefore(),
        notAfter,
        f.crlDistributionPoints(),
        f.authorityInformationAccess(),
        thumbprint,
        f.sha256Fingerprint(),
        f.criticalExtensionOids());
  }
}
