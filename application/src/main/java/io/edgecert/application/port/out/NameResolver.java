package io.edgecert.application.port.out;

import io.edgecert.application.port.in.DnsServer;
import io.edgecert.domain.probe.SrvRecord;
import java.time.Duration;

/** Driven port: DNS, through the given server or (null) the system resolvers. */
public interface NameResolver {

  /** Every A and AAAA address of {@code host}, as text. */
  DnsAnswer<String> addresses(String host, DnsServer server, Duration timeout);

  /** The SRV records of {@code name}, e.g. {@code _sip._tls.contoso.com}. */
  DnsAnswer<SrvRecord> services(String name, DnsServer server, Duration timeout);
}
