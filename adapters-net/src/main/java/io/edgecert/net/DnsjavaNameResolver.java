package io.edgecert.net;

import io.edgecert.application.port.in.DnsServer;
import io.edgecert.application.port.out.DnsAnswer;
import io.edgecert.application.port.out.NameResolver;
import io.edgecert.domain.probe.AddressLiteral;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.topology.Fqdn;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Lookup;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * DNS through dnsjava: A, AAAA and SRV records from the given server (over UDP, falling back to TCP
 * when an answer is truncated) or from the system resolvers; no cache, so a second run sees what
 * DNS says now.
 */
public final class DnsjavaNameResolver implements NameResolver {
  @Override
  public DnsAnswer<String> addresses(String host, DnsServer server, Duration timeout) {
    if (AddressLiteral.matches(host)) {
      return new DnsAnswer<>(List.of(host), null);
    }
    DnsAnswer<Record> a = lookup(host, Type.A, server, timeout);
    DnsAnswer<Record> aaaa = lookup(host, Type.AAAA, server, timeout);
    List<String> addresses = new ArrayList<>();
    a.records().forEach(r -> addresses.add(((ARecord) r).getAddress().getHostAddress()));
    aaaa.records().forEach(r -> addresses.add(((AAAARecord) r).getAddress().getHostAddress()));
    String problem =
        addresses.isEmpty() ? (a.problem() != null ? a.problem() : aaaa.problem()) : null;
    return new DnsAnswer<>(addresses, problem);
  }

  @Override
  public DnsAnswer<SrvRecord> services(String name, DnsServer server, Duration timeout) {
    DnsAnswer<Record> answer = lookup(name, Type.SRV, server, timeout);
    List<SrvRecord> records =
        answer.records().stream()
            .map(r -> (SRVRecord) r)
            .map(
                r ->
                    new SrvRecord(
                        withoutDot(r.getTarget()), r.getPort(), r.getPriority(), r.getWeight()))
            .sorted(Comparator.comparingInt(SrvRecord::priority).thenComparing(r -> -r.weight()))
            .toList();
    return new DnsAnswer<>(records, answer.problem());
  }

  private static DnsAnswer<Record> lookup(
      String host, int type, DnsServer server, Duration timeout) {
    try {
      Lookup lookup = new Lookup(Name.fromString(withDot(host)), type);
      lookup.setResolver(resolver(server, timeout));
      lookup.setCache(null);
      if (server != null) {
        lookup.setHostsFileParser(null);
      }
      Record[] records = lookup.run();
      int result = lookup.getResult();
      if (result == Lookup.SUCCESSFUL) {
        return new DnsAnswer<>(List.of(records), null);
      }
      if (result == Lookup.HOST_NOT_FOUND || result == Lookup.TYPE_NOT_FOUND) {
        return new DnsAnswer<>(List.of(), null);
      }
      return new DnsAnswer<>(List.of(), lookup.getErrorString() + describe(server));
    } catch (TextParseException e) {
      return new DnsAnswer<>(List.of(), "'" + host + "' is not a DNS name");
    } catch (java.net.UnknownHostException e) {
      return new DnsAnswer<>(List.of(), "the DNS server " + server.host() + " cannot be found");
    }
  }

  private static Resolver resolver(DnsServer server, Duration timeout)
      throws java.net.UnknownHostException {
    Resolver resolver =
        server == null
            ? new ExtendedResolver()
            : new SimpleResolver(new InetSocketAddress(server.host(), server.port()));
    if (server != null && ((SimpleResolver) resolver).getAddress().isUnresolved()) {
      throw new java.net.UnknownHostException(server.host());
    }
    resolver.setTimeout(timeout);
    return resolver;
  }

  private static String describe(DnsServer server) {
    return server == null ? "" : " (DNS server " + server.host() + ":" + server.port() + ")";
  }

  private static String withDot(String host) {
    return host.endsWith(".") ? host : host + ".";
  }

  private static String withoutDot(Name name) {
    return Fqdn.withoutTrailingDot(name.toString());
  }
}
