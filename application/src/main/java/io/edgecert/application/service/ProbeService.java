package io.edgecert.application.service;

import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.DnsAnswer;
import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.NameResolver;
import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.EdgeEndpoints;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.rules.PoolRule;
import io.edgecert.domain.probe.rules.ProbeRules;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Probes the live endpoints of a topology: looks up the SRV records the plan implies, derives the
 * endpoints, resolves each name to every address, probes the addresses concurrently (at most {@code
 * concurrency} at once), then judges each with the probe rules, compares pool members, and
 * validates each presented certificate through {@link ValidateService}.
 */
public final class ProbeService implements ProbeUseCase {
  private final TopologyLoader topologies;
  private final ValidateService validation;
  private final CertificateReader certificates;
  private final EndpointProbe probe;
  private final NameResolver resolver;
  private final Clock clock;

  public ProbeService(
      TopologyReader reader,
      CertificateReader certificates,
      EndpointProbe probe,
      NameResolver resolver,
      Clock clock) {
    this.topologies = new TopologyLoader(reader);
    this.validation = new ValidateService(reader, certificates, clock);
    this.certificates = certificates;
    this.probe = probe;
    this.resolver = resolver;
    this.clock = clock;
  }

  @Override
  public ProbeReport probe(ProbeCommand command) {
    // Certificates count time in whole seconds, and so does every time a report prints.
    Instant at =
        (command.at() != null ? command.at() : clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    Topology topology = topologies.load(command.topology());
    ExecutorService pool =
        Executors.newFixedThreadPool(command.concurrency(), ProbeService::daemon);
    try {
      List<SrvLookup> lookups =
          all(
              pool,
              EdgeEndpoints.srvQuestions(topology).stream().map(q -> srv(q, command)).toList());
      List<Endpoint> endpoints =
          EdgeEndpoints.withTargets(
              EdgeEndpoints.derive(topology, lookups, command.internal()),
              command.targets(),
              topology);
      ChainReadings readings = new ChainReadings(certificates, command.trust(), at);
      List<Probed> members = sweep(pool, endpoints, command, readings);
      return new ProbeReport(at, srvReports(lookups), judge(topology, members, at, command));
    } finally {
      pool.shutdownNow();
    }
  }

  private Callable<SrvLookup> srv(SrvLookup question, ProbeCommand command) {
    return () -> {
      DnsAnswer<SrvRecord> answer =
          resolver.services(question.name(), command.dnsServer(), command.connectTimeout());
      return new SrvLookup(
          question.service(), question.domain(), answer.records(), answer.problem());
    };
  }

  private List<Probed> sweep(
      ExecutorService pool,
      List<Endpoint> endpoints,
      ProbeCommand command,
      ChainReadings readings) {
    List<DnsAnswer<String>> addresses =
        all(pool, endpoints.stream().map(e -> resolve(e, command)).toList());
    List<Callable<Probed>> tasks = new ArrayList<>();
    for (int i = 0; i < endpoints.size(); i++) {
      Endpoint endpoint = endpoints.get(i);
      DnsAnswer<String> answer = addresses.get(i);
      if (answer.records().isEmpty()) {
        String why = answer.problem() != null ? answer.problem() : "no such name or no address";
        tasks.add(() -> new Probed(Member.unresolved(endpoint, why), null));
      }
      answer
          .records()
          .forEach(address -> tasks.add(() -> member(endpoint, address, command, readings)));
    }
    command.progress().started(tasks.size());
    return all(
        pool,
        tasks.stream()
            .<Callable<Probed>>map(
                task ->
                    () -> {
                      Probed probed = task.call();
                      command.progress().probed(probed.member());
                      return probed;
                    })
            .toList());
  }

  private Callable<DnsAnswer<String>> resolve(Endpoint endpoint, ProbeCommand command) {
    return () -> resolver.addresses(endpoint.host(), command.dnsServer(), command.connectTimeout());
  }

  private Probed member(
      Endpoint endpoint, String address, ProbeCommand command, ChainReadings readings) {
    ProbeSettings settings =
        new ProbeSettings(
            command.connectTimeout(), command.handshakeTimeout(), command.clientCertificate());
    Observation seen =
        command.scope().allows(endpoint.host(), address)
            ? probe.observe(endpoint, address, settings)
            : Observation.unreachable(address, "not probed: this server may not reach it");
    if (seen.chain().isEmpty()) {
      return new Probed(new Member(endpoint, true, seen, List.of()), null);
    }
    Member bare = new Member(endpoint, true, seen, List.of());
    try {
      CertificateEvidence evidence = readings.read(bare.label(), seen.chain());
      return new Probed(
          new Member(endpoint, true, seen, PresentedChain.inOrder(seen.chain(), evidence)),
          evidence);
    } catch (InvalidInputException e) {
      Observation unreadable =
          new Observation(
              seen.address(),
              seen.connected(),
              List.of(),
              seen.negotiated(),
              seen.cipherSuite(),
              seen.accepted(),
              seen.clientCertificateRequested(),
              seen.starttls(),
              "the server sent a certificate that cannot be read: " + e.getMessage());
      return new Probed(new Member(endpoint, true, unreadable, List.of()), null);
    }
  }

  private List<MemberReport> judge(
      Topology topology, List<Probed> probed, Instant at, ProbeCommand command) {
    List<Member> members = probed.stream().map(Probed::member).toList();
    List<List<Finding>> pool = poolFindings(members);
    // One plan for the whole run, and one judgement per distinct certificate and role: the
    // members of a pool that present the same chain share it (a report's findings do not depend
    // on the name a member's copy goes by; the member's report carries its own label).
    Map<ValidateService.RoleEvidence, Integer> distinct = new LinkedHashMap<>();
    List<ValidateService.RoleEvidence> judged = new ArrayList<>();
    for (Probed p : probed) {
      if (validated(p) && distinct.putIfAbsent(unnamed(p), judged.size()) == null) {
        judged.add(new ValidateService.RoleEvidence(p.evidence(), p.member().endpoint().role()));
      }
    }
    List<CertificateReport> validations =
        judged.isEmpty()
            ? List.of()
            : validation.validateEvidence(topology, judged, at, command.expiryWarningDays());
    List<MemberReport> reports = new ArrayList<>();
    for (int i = 0; i < members.size(); i++) {
      Probed p = probed.get(i);
      reports.add(
          report(p, pool.get(i), validated(p) ? validations.get(distinct.get(unnamed(p))) : null));
    }
    return reports;
  }

  /** The evidence of a member as judged: its certificate and role, whoever sent it. */
  private static ValidateService.RoleEvidence unnamed(Probed probed) {
    return new ValidateService.RoleEvidence(
        probed.evidence().named(null), probed.member().endpoint().role());
  }

  private static boolean validated(Probed probed) {
    return probed.evidence() != null && probed.member().endpoint().role() != null;
  }

  private static MemberReport report(
      Probed probed, List<Finding> pool, CertificateReport validated) {
    Member member = probed.member();
    List<Finding> findings = new ArrayList<>();
    ProbeRules.MEMBER.forEach(rule -> findings.add(rule.evaluate(member)));
    findings.addAll(pool);
    String subject = null;
    String thumbprint = null;
    if (validated != null) {
      findings.addAll(validated.findings());
      subject = validated.subjectName();
      thumbprint = validated.thumbprint();
    }
    return new MemberReport(
        member,
        new CertificateReport(
            member.endpoint().role(), member.label(), subject, thumbprint, findings));
  }

  /**
   * The pool findings of each member, in member order: empty for a member that is alone. The
   * addresses of one external endpoint form a pool; with --internal, every internal interface (the
   * internal FQDN's addresses and each Edge Server) forms one.
   */
  private static List<List<Finding>> poolFindings(List<Member> members) {
    List<List<Finding>> result = new ArrayList<>();
    members.forEach(m -> result.add(new ArrayList<>()));
    Map<String, List<Integer>> pools = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      String pool = pool(members.get(i));
      if (pool != null) {
        pools.computeIfAbsent(pool, key -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : pools.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<Member> groupMembers = group.stream().map(members::get).toList();
      CertificateRole role = groupMembers.get(0).endpoint().role();
      for (PoolRule rule : ProbeRules.POOL) {
        if (rule.role() != role) {
          continue;
        }
        List<Finding> findings = rule.evaluate(groupMembers);
        for (int k = 0; k < group.size(); k++) {
          result.get(group.get(k)).add(findings.get(k));
        }
      }
    }
    return result;
  }

  /** Which pool a member belongs to (null: none, e.g. a TCP check or a name without address). */
  private static String pool(Member member) {
    Endpoint endpoint = member.endpoint();
    if (endpoint.role() == null || !member.resolved()) {
      return null;
    }
    if (endpoint.role() == CertificateRole.INTERNAL) {
      return "internal";
    }
    return Fqdn.normalize(endpoint.host())
        + ":"
        + endpoint.port()
        + "/"
        + endpoint.protocol().code();
  }

  private static List<SrvReport> srvReports(List<SrvLookup> lookups) {
    return lookups.stream()
        .map(
            lookup ->
                new SrvReport(
                    lookup,
                    ProbeRules.SRV.stream()
                        .map(rule -> rule.evaluate(lookup))
                        .filter(f -> f.status() != FindingStatus.NOT_APPLICABLE)
                        .toList()))
        .toList();
  }

  /** A member and the evidence read from the chain it sent (null when it sent none). */
  private record Probed(Member member, CertificateEvidence evidence) {}

  /** Runs every task on the pool and returns the results in task order. */
  private static <T> List<T> all(ExecutorService pool, List<Callable<T>> tasks) {
    try {
      List<Future<T>> futures = pool.invokeAll(tasks);
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the probe was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "edgecert-probe");
    thread.setDaemon(true);
    return thread;
  }
}
