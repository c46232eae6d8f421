package io.edgecert.application.port.out;

import java.util.List;

/**
 * What DNS answered: the records (empty for a name or type that does not exist) and, when no answer
 * came (timeout, server failure), why.
 */
public record DnsAnswer<T>(List<T> records, String problem) {

  public DnsAnswer {
    records = List.copyOf(records);
  }
}
