package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.Finding;
import java.util.List;

/**
 * FQDN-004 (S26): an SRV record points at a host in the DNS domain of the record itself, so {@code
 * _sip._tls.fabrikam.com} targets {@code sip.fabrikam.com}, never a contoso.com host.
 */
final class SrvTargetInDomain implements SrvRule {

  @Override
  public RuleId id() {
    return RuleId.FQDN_004;
  }

  @Override
  public Finding evaluate(SrvLookup lookup) {
    if (lookup.records().isEmpty()) {
      return Finding.notApplicable(id(), "no record to judge");
    }
    String expected = "a target in " + lookup.domain();
    List<String> foreign =
        lookup.records().stream()
            .map(SrvRecord::target)
            .filter(target -> !inDomain(target, lookup.domain()))
            .toList();
    String actual = SrvPublished.describe(lookup);
    if (foreign.isEmpty()) {
      return Finding.pass(
          id(), lookup.name() + " targets a host in its own domain", expected, actual);
    }
    return Finding.broken(
        id(),
        lookup.name()
            + " targets "
            + Fqdn.join(foreign)
            + ", outside "
            + lookup.domain()
            + ": clients matching names strictly reject it",
        expected,
        actual);
  }

  static boolean inDomain(String host, String domain) {
    String name = Fqdn.normalize(host);
    String suffix = Fqdn.normalize(domain);
    return name.equals(suffix) || name.endsWith("." + suffix);
  }
}
