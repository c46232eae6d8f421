package io.edgecert.x509.request;

import io.edgecert.domain.plan.CertificateAuthorityKind;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.plan.PlannedSan;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.util.List;

/** Planned certificates of the contoso.com examples, as the planner makes them. */
public final class Planned {

  private Planned() {}

  /** The external certificate of a pool with AOL: three SANs, server and client EKU. */
  public static PlannedCertificate external(KeyAlgorithm algorithm, int size) {
    List<PlannedSan> sans =
        List.of(san("sip.contoso.com"), san("webcon.contoso.com"), san("sip.fabrikam.com"));
    return new PlannedCertificate(
        CertificateRole.EXTERNAL,
        "Scaled consolidated Edge (External Edge)",
        "sip.contoso.com",
        sans,
        List.of(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH),
        CertificateAuthorityKind.PUBLIC,
        true,
        true,
        List.of(
            UsageType.ACCESS_EDGE_EXTERNAL,
            UsageType.DATA_EDGE_EXTERNAL,
            UsageType.AUDIO_VIDEO_AUTHENTICATION),
        new KeySpec(algorithm, size),
        "Request-CsCertificate -New",
        List.of());
  }

  /** The internal certificate: subject only, server EKU. */
  public static PlannedCertificate internal(KeyAlgorithm algorithm, int size) {
    return new PlannedCertificate(
        CertificateRole.INTERNAL,
        "Internal Edge",
        "lsedge.contoso.net",
        List.of(),
        List.of(ExtendedKeyUsage.SERVER_AUTH),
        CertificateAuthorityKind.PUBLIC_OR_PRIVATE,
        true,
        true,
        List.of(UsageType.INTERNAL),
        new KeySpec(algorithm, size),
        "Request-CsCertificate -New -Type Internal",
        List.of());
  }

  private static PlannedSan san(String name) {
    return new PlannedSan(name, List.of(), List.of());
  }
}
