package io.edgecert.domain.probe;

import java.util.List;
import java.util.Objects;

/**
 * The SRV record the plan implies for one domain and what DNS answered.
 *
 * @param problem why DNS gave no answer (timeout, server failure), null when it answered (an empty
 *     answer is a missing record, not a problem)
 */
public record SrvLookup(
    SrvService service, String domain, List<SrvRecord> records, String problem) {

  public SrvLookup {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(domain, "domain");
    records = List.copyOf(records);
  }

  /** The record name asked for, e.g. {@code _sipfederationtls._tcp.contoso.com}. */
  public String name() {
    return service.recordName(domain);
  }
}
