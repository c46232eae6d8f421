package io.edgecert.acceptance.steps;

import io.cucumber.docstring.DocString;
import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.edgecert.acceptance.driver.TopologyText;
import io.edgecert.acceptance.world.Repository;
import io.edgecert.acceptance.world.TopologyDraft;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The deployment a scenario plays in, told as the documentation pages tell it. */
@ScenarioScoped
public final class TopologySteps {
  private static final String EDGE = "edge";
  private static final Map<String, String> EDGE_NAMES =
      Map.of(
          "Access Edge", "accessEdge",
          "Web Conferencing Edge", "webConferencingEdge",
          "A/V Edge", "avEdge",
          "Edge internal", "internal");

  private final World world;

  @Inject
  public TopologySteps(World world) {
    this.world = world;
  }

  private TopologyDraft topology() {
    return world.topology();
  }

  @Given("today is {day}")
  public void today(LocalDate day) {
    world.today(day);
  }

  @Given("a {product} deployment")
  public void product(String code) {
    topology().put("", "product", code);
  }

  @Given("SIP domains {names}")
  public void sipDomains(List<String> domains) {
    topology().putList("", "sipDomains", domains);
  }

  @Given("a single consolidated Edge Server with private IP addresses using NAT")
  public void singleNat() {
    layout("single", "nat");
  }

  @Given("a single consolidated Edge Server with public IP addresses")
  public void singlePublic() {
    layout("single", "public");
  }

  @Given(
      "a scaled consolidated Edge pool, DNS load balancing with private IP addresses using"
          + " NAT, of {names}")
  public void scaledDnsNat(List<String> servers) {
    pool("scaled-dns", "nat", servers);
  }

  @Given("a scaled consolidated Edge pool, DNS load balancing with public IP addresses, of {names}")
  public void scaledDnsPublic(List<String> servers) {
    pool("scaled-dns", "public", servers);
  }

  @Given("a scaled consolidated Edge pool with hardware load balancers, of {names}")
  public void scaledHlb(List<String> servers) {
    pool("scaled-hlb", "public", servers);
  }

  /** Refused by the product (HLB-002): kept so that a scenario can say so. */
  @Given(
      "a scaled consolidated Edge pool with hardware load balancers and private IP addresses"
          + " using NAT, of {names}")
  public void scaledHlbNat(List<String> servers) {
    pool("scaled-hlb", "nat", servers);
  }

  /** A vertical table: the name of each Edge interface (the DNS summaries' names). */
  @Given("the Edge names:")
  public void edgeNames(Map<String, String> names) {
    names.forEach((label, name) -> topology().put(EDGE, edgeKey(label), name));
  }

  @Given("SIP federation is enabled")
  public void sipFederation() {
    topology().put("federation", "sip", true);
  }

  @Given("XMPP federation for {names}, named by the bare domains")
  public void xmppDomains(List<String> domains) {
    xmpp(domains, "domain");
  }

  @Given("XMPP federation for {names}, named by an XMPP host and a wildcard each")
  public void xmppHostAndWildcard(List<String> domains) {
    xmpp(domains, "host-and-wildcard");
  }

  @Given("public IM connectivity with {providers}")
  public void publicIm(List<String> providers) {
    topology().putList("federation", "publicIm", providers);
  }

  @Given("the A\\/V Authentication service has a certificate of its own")
  public void separateAvAuthentication() {
    topology().put("certificates", "separateAvAuthentication", true);
  }

  @Given("the certificates are requested on another computer than the Edge")
  public void requestedOffEdge() {
    topology().put("certificates", "requestedOffEdge", true);
  }

  /** The whole topology file as the administrator wrote it, YAML unless marked json. */
  @Given("the topology file:")
  public void topologyFile(DocString file) {
    boolean json = "json".equals(file.getContentType());
    TopologyText.Syntax syntax = json ? TopologyText.Syntax.JSON : TopologyText.Syntax.YAML;
    world.topologyFile(new TopologyText(file.getContent(), syntax));
  }

  @Given("the example topology {string}")
  public void example(String path) {
    try {
      String text = Files.readString(Repository.root().resolve(path), StandardCharsets.UTF_8);
      TopologyText.Syntax syntax =
          path.endsWith(".json") ? TopologyText.Syntax.JSON : TopologyText.Syntax.YAML;
      world.topologyFile(new TopologyText(text, syntax));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void layout(String layout, String addressing) {
    topology().section(EDGE).remove("servers");
    topology().put(EDGE, "layout", layout);
    topology().put(EDGE, "addressing", addressing);
  }

  private void pool(String layout, String addressing, List<String> servers) {
    layout(layout, addressing);
    topology().putList(EDGE, "servers", servers);
  }

  private void xmpp(List<String> domains, String style) {
    topology().putList("federation.xmpp", "domains", domains);
    topology().put("federation.xmpp", "sanStyle", style);
  }

  private static String edgeKey(String label) {
    String key = EDGE_NAMES.get(label);
    if (key == null) {
      throw new IllegalArgumentException(
          "unknown Edge name '" + label + "'; known: " + EDGE_NAMES.keySet());
    }
    return key;
  }
}
