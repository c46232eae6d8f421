package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * XMPP-009: SfB Server 2019 has no XMPP proxy, so its certificate should carry no XMPP SAN (K5,
 * K1); the reference has the validator warn, not fail. XMPP names are the bare, {@code xmpp.} and
 * {@code *.} forms of the XMPP domains and of the SIP domains.
 */
final class NoXmppOnSfb2019 implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.XMPP_009;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.EXTERNAL_NAMES,
        Precondition.when(
            c -> c.topology().product() == Product.SFB_2019,
            "applies to Skype for Business Server 2019 only"));
  }

  @Override
  public Finding check(ValidationContext context) {
    Set<Fqdn> domains = new LinkedHashSet<>(XmppNames.domains(context.topology()));
    domains.addAll(context.topology().sipDomains());
    Set<String> xmppNames = XmppNames.of(domains);
    List<String> carried = context.certificateNames().stream().filter(xmppNames::contains).toList();
    String actual = Fqdn.join(context.certificateNames());
    if (carried.isEmpty()) {
      return Finding.pass(id(), "the certificate carries no XMPP SAN", "no XMPP SAN", actual);
    }
    return Finding.of(
        id(),
        FindingStatus.WARN,
        "the certificate carries XMPP SANs ("
            + Fqdn.join(carried)
            + "), but SfB Server 2019"
            + " has no XMPP proxy; keep XMPP on a Lync 2013 or SfB 2015 Edge",
        "no XMPP SAN",
        actual);
  }
}
