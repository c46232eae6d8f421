package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.application.port.in.RequestCommand;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.application.port.out.RequestFactory;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.plan.PlannedCertificate;
import io.edgecert.domain.planning.Planner;
import io.edgecert.domain.topology.Topology;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Requests a planned certificate: plans the topology as requested off the Edge with the chosen key,
 * then has the request factory generate the key and the CSR.
 */
public final class RequestService implements RequestUseCase {
  private final TopologyLoader loader;
  private final RequestFactory factory;
  private final Clock clock;

  public RequestService(TopologyReader reader, RequestFactory factory, Clock clock) {
    this.loader = new TopologyLoader(reader);
    this.factory = factory;
    this.clock = clock;
  }

  @Override
  public CertificateRequest request(RequestCommand command) {
    Topology given = loader.load(command.topology());
    KeySpec key = RequestKeys.resolve(command.key(), given.certificates());
    Topology topology = OffEdgeTopology.of(given, key);
    CertificatePlan plan = Planner.plan(topology, LocalDate.now(clock));
    PlannedCertificate planned = plan.require(command.role(), command.topology().name());
    GeneratedRequest generated =
        factory.create(planned, command.subjectFields(), command.passphrase());
    return new CertificateRequest(
        planned.id(),
        planned.subjectName(),
        planned.dnsNames(),
        planned.key(),
        generated.csrPem(),
        generated.privateKeyPem(),
        command.encryptKey(),
        planned.requestCommand(),
        RequestChecklist.of(planned, topology, plan));
  }
}
