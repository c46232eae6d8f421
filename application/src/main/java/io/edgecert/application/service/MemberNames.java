package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import java.util.List;

/** Checks that each member named with a certificate input is one of the topology's Edge Servers. */
final class MemberNames {

  private MemberNames() {}

  /**
   * @throws InvalidInputException naming the input and the servers the topology lists, for the
   *     first member that {@code edge.servers} does not list
   */
  static void check(Topology topology, List<CertificateSource> sources) {
    List<String> servers = topology.edge().servers().stream().map(Fqdn::toString).toList();
    for (CertificateSource source : sources) {
      String member = source.member();
      if (member != null && servers.stream().noneMatch(server -> Fqdn.same(server, member))) {
        throw new InvalidInputException(
            source.name(),
            InvalidInputException.Kind.INVALID,
            "member \""
                + member
                + "\" is not an Edge Server of the topology; edge.servers lists: "
                + (servers.isEmpty()
                    ? "(none: a single Edge Server has no members)"
                    : String.join(", ", servers)));
      }
    }
  }
}
