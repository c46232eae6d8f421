package io.edgecert.domain.probe.rules;

import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.Finding;
import java.util.stream.Collectors;

/**
 * The check shared by the DNS-SRV rules: the SRV record of one service is published. Each rule is a
 * subclass that names only its id and its service.
 */
abstract class SrvPublished implements SrvRule {
  private final RuleId id;
  private final SrvService service;

  SrvPublished(RuleId id, SrvService service) {
    this.id = id;
    this.service = service;
  }

  @Override
  public Finding evaluate(SrvLookup lookup) {
    if (lookup.service() != service) {
      return Finding.notApplicable(id(), "not a record for " + service.purpose());
    }
    String expected = lookup.name() + " SRV 0 0 " + service.standardPort() + " <Access Edge host>";
    if (lookup.problem() != null) {
      return Finding.broken(
          id(),
          "DNS gave no answer for " + lookup.name() + ": " + lookup.problem(),
          expected,
          "(no answer: " + lookup.problem() + ")");
    }
    if (lookup.records().isEmpty()) {
      return Finding.broken(
          id(),
          lookup.name()
              + " is not published: "
              + service.purpose()
              + " for "
              + lookup.domain()
              + " cannot find the Edge",
          expected,
          "(no record)");
    }
    return Finding.pass(id(), lookup.name() + " is published", expected, describe(lookup));
  }

  static String describe(SrvLookup lookup) {
    return lookup.records().stream().map(SrvPublished::describe).collect(Collectors.joining(", "));
  }

  static String describe(SrvRecord record) {
    return record.priority() + " " + record.weight() + " " + record.port() + " " + record.target();
  }

  @Override
  public final RuleId id() {
    return id;
  }
}
