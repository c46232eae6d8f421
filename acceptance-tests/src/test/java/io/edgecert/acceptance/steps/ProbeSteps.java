package io.edgecert.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.edgecert.acceptance.driver.Driver;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.driver.ProbeInputs;
import io.edgecert.acceptance.world.LiveEdge;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The live Edge on loopback, the probe of it, and what the probe found where. */
@ScenarioScoped
public final class ProbeSteps {
  private final World world;
  private final Driver driver;
  private final LiveEdge edge;

  @Inject
  public ProbeSteps(World world, Driver driver, LiveEdge edge) {
    this.world = world;
    this.driver = driver;
    this.edge = edge;
  }

  @Given("the Edge pool answers at {names}, every member with the external certificate")
  public void pool(List<String> addresses) {
    edge.members(addresses, world.baseline("external"));
  }

  /** A vertical table {@code | field | value |}: how that member's certificate differs. */
  @Given("the member at {word} presents an external certificate with:")
  public void member(String address, Map<String, String> fields) {
    edge.member(address, world.baseline("external").with(fields));
  }

  @Given("DNS does not publish {word}")
  public void unpublished(String name) {
    edge.unpublish(name);
  }

  @When("the live Edge is probed")
  public void probe() {
    ObjectNode topology = world.topology().section("edge");
    String domain = world.topology().section("").path("sipDomains").get(0).asText();
    edge.start(
        topology.path("accessEdge").asText(),
        topology.path("webConferencingEdge").asText(),
        topology.path("avEdge").asText(),
        domain);
    world.outcome(
        driver.probe(
            world.topologyText(),
            new ProbeInputs(edge.dnsServer(), edge.targets(), world.trust(), world.now())));
  }

  @Then("the live Edge passes")
  public void passes() {
    verdict(Outcome.Result.ACCEPTED, "pass");
  }

  @Then("the live Edge is rejected")
  public void rejected() {
    verdict(Outcome.Result.REJECTED, "fail");
  }

  /**
   * A table {@code | where | rule | status |}: every entry of the report at {@code where} (an
   * address, or an SRV record name) that has the rule has that status, and at least one has it.
   */
  @Then("the probe finds:")
  public void finds(List<Map<String, String>> rows) {
    List<String> differences = new ArrayList<>();
    for (Map<String, String> row : rows) {
      List<String> statuses = statuses(row.get("where"), row.get("rule"));
      if (statuses.isEmpty() || statuses.stream().anyMatch(s -> !s.equals(row.get("status")))) {
        differences.add(row + " but found " + statuses);
      }
    }
    assertThat(differences).as("findings that differ, in %s", world.outcome().document()).isEmpty();
  }

  private List<String> statuses(String where, String rule) {
    List<String> statuses = new ArrayList<>();
    JsonNode report = answered().document();
    for (JsonNode srv : report.path("dns")) {
      if (srv.path("record").asText().equals(where)) {
        collect(srv.path("findings"), rule, statuses);
      }
    }
    for (JsonNode endpoint : report.path("endpoints")) {
      if (endpoint.path("address").asText().equals(where)) {
        collect(endpoint.path("findings"), rule, statuses);
      }
    }
    return statuses;
  }

  private static void collect(JsonNode findings, String rule, List<String> statuses) {
    for (JsonNode finding : findings) {
      if (finding.path("rule").asText().equals(rule)) {
        statuses.add(finding.path("status").asText());
      }
    }
  }

  private void verdict(Outcome.Result result, String verdict) {
    Outcome outcome = answered();
    assertThat(outcome.result())
        .as("edgecert answered %s: %s", outcome.raw(), outcome.document())
        .isEqualTo(result);
    assertThat(outcome.document().path("verdict").asText()).isEqualTo(verdict);
  }

  private Outcome answered() {
    Outcome outcome = world.outcome();
    assertThat(outcome.result())
        .as("edgecert answered %s with the problems %s", outcome.raw(), outcome.errors())
        .isIn(Outcome.Result.ACCEPTED, Outcome.Result.REJECTED);
    return outcome;
  }

  @After
  public void stopTheEdge() {
    edge.close();
  }
}
