package io.edgecert.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgecert.domain.plan.Advisory;
import io.edgecert.domain.plan.AdvisoryLevel;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A hand-built plan and small readers of parsed JSON for the encoder tests. */
final class Fixtures {

  private Fixtures() {}

  static CertificatePlan plan() {
    PlannedCertificate external =
        new PlannedCertificate(
            CertificateRole.EXTERNAL,
            "Single consolidated Edge (External Edge)",
            "sip.contoso.com",
            List.of(
                new PlannedSan(
                    "sip.contoso.com",
                    List.of("Access Edge external FQDN", "subject name"),
                    List.of(RuleId.EXT_SAN_001, RuleId.EXT_SAN_002)),
                new PlannedSan(
                    "sip.fabrikam.com",
                    List.of("SIP domain fabrikam.com"),
                    List.of(RuleId.EXT_SAN_004))),
            List.of(ExtendedKeyUsage.SERVER_AUTH, ExtendedKeyUsage.CLIENT_AUTH),
            CertificateAuthorityKind.PUBLIC,
            true,
            false,
            List.of(
                UsageType.ACCESS_EDGE_EXTERNAL,
                UsageType.DATA_EDGE_EXTERNAL,
                UsageType.AUDIO_VIDEO_AUTHENTICATION),
            new KeySpec(KeyAlgorithm.ECDH_P256, 256),
            "Request-CsCertificate -New -Type AccessEdgeExternal",
            List.of("AOL needs the client EKU"));
    PlannedCertificate internal =
        new PlannedCertificate(
            CertificateRole.INTERNAL,
            null,
            "lsedge.contoso.net",
            List.of(),
            List.of(ExtendedKeyUsage.SERVER_AUTH),
            CertificateAuthorityKind.PUBLIC_OR_PRIVATE,
            false,
            true,
            List.of(UsageType.INTERNAL),
            new KeySpec(KeyAlgorithm.RSA, 2048),
            null,
            List.of());
    Advisory advisory = new Advisory(RuleId.PIC_004, AdvisoryLevel.WARNING, "AOL PIC ended");
    return new CertificatePlan(
        Product.LYNC_2013,
        LocalDate.of(2026, 11, 25),
        List.of(external, internal),
        List.of(advisory));
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(element -> texts.add(element.asText()));
    return texts;
  }
}
