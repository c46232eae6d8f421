package io.edgecert.domain.topology;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.rules.RuleId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The factory of {@link Topology}: checks a {@link TopologyDraft} against the naming and topology
 * rules that make a plan impossible (FQDN-001 to FQDN-003, pool size, HLB-002: no NAT behind
 * hardware load balancers, XMPP-009: no XMPP on Skype for Business Server 2019, SIPDOM-006,
 * duplicate names) and makes the topology when it has no problem; else reports every problem.
 */
public final class TopologyValidator {
  /** The catalogue rules this validator enforces on the topology file. */
  public static final List<RuleId> RULES =
      List.of(
          RuleId.FQDN_001,
          RuleId.FQDN_002,
          RuleId.FQDN_003,
          RuleId.HLB_002,
          RuleId.XMPP_009,
          RuleId.SIPDOM_006,
          RuleId.GEN_KEY_001);

  private static final int MIN_POOL_SERVERS = 2;

  private final List<InputProblem> problems = new ArrayList<>();

  private TopologyValidator() {}

  /** A topology, or the problems that keep a draft from being one: exactly one of them. */
  public record Checked(Topology topology, List<InputProblem> problems) {
    public Checked {
      problems = List.copyOf(problems);
    }

    public boolean isValid() {
      return topology != null;
    }
  }

  /** The topology of the draft when it is valid, else every problem, each with its field path. */
  public static Checked check(TopologyDraft draft) {
    List<InputProblem> problems = validate(draft);
    return new Checked(problems.isEmpty() ? draft.topology() : null, problems);
  }

  /** Every problem of the draft, each with its field path; empty when it is valid. */
  public static List<InputProblem> validate(TopologyDraft draft) {
    TopologyValidator validator = new TopologyValidator();
    validator.checkDraft(draft);
    return List.copyOf(validator.problems);
  }

  /** Every problem of a topology made otherwise (such as in a test); empty when it is valid. */
  public static List<InputProblem> validate(Topology topology) {
    return validate(TopologyDraft.of(topology));
  }

  private void checkDraft(TopologyDraft topology) {
    domains("sipDomains", topology.sipDomains(), true);
    checkEdge(topology.edge());
    checkFederation(topology);
    checkHybrid(topology);
    checkKey(topology.certificates());
  }

  private void checkEdge(TopologyDraft.EdgeDraft edge) {
    if (edge == null) {
      problem(
          "edge",
          "is required: the Edge layout and its FQDNs (accessEdge, webConferencingEdge, internal)");
      return;
    }
    if (edge.layout() == null) {
      problem("edge.layout", "is required; expected single | scaled-dns | scaled-hlb");
    }
    if (edge.addressing() == null) {
      problem("edge.addressing", "is required; expected public | nat");
    }
    requiredFqdn("edge.accessEdge", edge.accessEdge());
    requiredFqdn("edge.webConferencingEdge", edge.webConferencingEdge());
    optionalFqdn("edge.avEdge", edge.avEdge());
    requiredFqdn("edge.internal", edge.internal());
    fqdnList("edge.servers", edge.servers());
    checkPool(edge);
  }

  private void checkPool(TopologyDraft.EdgeDraft edge) {
    if (edge.isPool() && edge.servers().size() < MIN_POOL_SERVERS) {
      problem(
          "edge.servers",
          "a "
              + edge.layout().code()
              + " pool needs at least 2 Edge Servers, found "
              + edge.servers().size());
    }
    if (edge.layout() == EdgeLayout.SINGLE && edge.servers().size() > 1) {
      problem(
          "edge.servers",
          "a single Edge has one server, found "
              + edge.servers().size()
              + "; use layout scaled-dns or scaled-hlb for a pool");
    }
    if (edge.layout() == EdgeLayout.SCALED_HLB && edge.addressing() == Addressing.NAT) {
      problem(
          "edge.addressing",
          "nat is not supported with scaled-hlb: Edge pools behind hardware "
              + "load balancers need publicly routable addresses (HLB-002); use public, or scaled-dns");
    }
  }

  private void checkFederation(TopologyDraft topology) {
    TopologyDraft.FederationDraft federation = topology.federation();
    if (new HashSet<>(federation.publicIm()).size() != federation.publicIm().size()) {
      problem("federation.publicIm", "lists a provider twice");
    }
    TopologyDraft.XmppDraft xmpp = federation.xmpp();
    if (xmpp == null) {
      return;
    }
    if (topology.product() == Product.SFB_2019) {
      problem(
          "federation.xmpp",
          "Skype for Business Server 2019 neither supports nor ships XMPP "
              + "federation (XMPP-009); keep XMPP on a Lync 2013 or SfB 2015 Edge and remove it here");
    }
    domains("federation.xmpp.domains", xmpp.domains(), true);
  }

  private void checkHybrid(TopologyDraft topology) {
    List<String> online = topology.hybridOnlineSipDomains();
    domains("hybrid.onlineSipDomains", online, false);
    Set<String> sip = new HashSet<>();
    topology.sipDomains().forEach(d -> sip.add(Fqdn.normalize(d)));
    for (int i = 0; i < online.size(); i++) {
      String domain = online.get(i);
      String path = "hybrid.onlineSipDomains[" + i + "]";
      if (sip.contains(Fqdn.normalize(domain))) {
        problem(
            path,
            "\""
                + domain
                + "\" is also listed in sipDomains; an online-only SIP domain "
                + "belongs in one list");
      }
    }
  }

  private void checkKey(CertificateOptions options) {
    KeyAlgorithm algorithm = options.keyAlgorithm();
    int size = options.keySize();
    if (!algorithm.isElliptic() && (size < RsaKeySizes.MIN || size > RsaKeySizes.MAX)) {
      problem(
          "certificates.keySize",
          size
              + " bits is no usable RSA key size; expected 2048 or "
              + "4096 (GEN-KEY-001; 1024 and other sizes from "
              + RsaKeySizes.MIN
              + " to "
              + RsaKeySizes.MAX
              + " draw a warning)");
    }
    if (algorithm.isElliptic() && options.keySize() != algorithm.curveBits()) {
      problem(
          "certificates.keySize",
          "keySize "
              + options.keySize()
              + " does not fit "
              + algorithm.code()
              + "; leave it out (the curve fixes the size: "
              + algorithm.curveBits()
              + ")");
    }
  }

  private void domains(String path, List<String> names, boolean required) {
    if (required && names.isEmpty()) {
      problem(path, "needs at least one domain");
    }
    fqdnList(path, names);
  }

  private void fqdnList(String path, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      optionalFqdn(path + "[" + i + "]", name);
      if (!seen.add(Fqdn.normalize(name))) {
        problem(path + "[" + i + "]", "\"" + name + "\" is listed twice");
      }
    }
  }

  private void requiredFqdn(String path, String name) {
    if (name == null) {
      problem(path, "is required; expected an FQDN such as sip.contoso.com");
      return;
    }
    optionalFqdn(path, name);
  }

  private void optionalFqdn(String path, String name) {
    if (name != null) {
      Fqdn.problem(name).ifPresent(message -> problem(path, message));
    }
  }

  private void problem(String path, String message) {
    problems.add(InputProblem.at(path, message));
  }
}
