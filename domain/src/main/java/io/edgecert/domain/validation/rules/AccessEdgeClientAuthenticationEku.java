package io.edgecert.domain.validation.rules;

import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.UsageType;
import io.edgecert.domain.rules.AlsoServes;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * EXT-EKU-002: with AOL public IM connectivity, the certificate carrying the Access Edge usage also
 * contains Client Authentication (S01, S08, S19, P1 -ClientEKU; AMB-09).
 */
@AlsoServes(RuleId.PIC_002)
final class AccessEdgeClientAuthenticationEku implements CertificateRule {

  private static final String EXPECTED = "Server Authentication, Client Authentication";

  @Override
  public RuleId id() {
    return RuleId.EXT_EKU_002;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL,
        Precondition.when(
            c -> c.expected().carries(UsageType.ACCESS_EDGE_EXTERNAL),
            "this certificate does not carry the Access Edge usage"),
        Precondition.when(
            c -> c.expected().requires(ExtendedKeyUsage.CLIENT_AUTH),
            "the plan calls for no Client Authentication (only AOL public IM connectivity does)"),
        Ekus.STATED);
  }

  @Override
  public Finding check(ValidationContext context) {
    String actual = Ekus.describe(context.leaf());
    if (Ekus.carries(context.leaf(), ExtendedKeyUsage.CLIENT_AUTH)) {
      return Finding.pass(id(), "the EKU contains Client Authentication", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "the EKU lacks Client Authentication (1.3.6.1.5.5.7.3.2), which AOL public IM"
            + " connectivity needs on the Access Edge certificate of every pool member",
        EXPECTED,
        actual);
  }
}
