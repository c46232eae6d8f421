package io.edgecert.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.edgecert.acceptance.driver.Driver;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.world.PlanTable;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Planning, and the plan compared with the certificate tables of the documentation pages. */
@ScenarioScoped
public final class PlanSteps {
  private final World world;
  private final Driver driver;

  @Inject
  public PlanSteps(World world, Driver driver) {
    this.world = world;
    this.driver = driver;
  }

  @When("the certificates are planned")
  public void planCertificates() {
    world.outcome(driver.plan(world.topologyText(), world.today()));
  }

  @Then("the plan has these certificates:")
  public void certificates(List<Map<String, String>> table) {
    compare(new PlanTable(table, false), certificates());
  }

  /**
   * The same table turned on its side, a certificate a column (the field names in the first
   * column), for pages whose rows would be too wide to read.
   */
  @Then("the plan has these certificates, one column each:")
  public void certificatesByColumn(DataTable table) {
    certificates(table.transpose().asMaps());
  }

  @Then("the plan has these certificates, SANs in this order:")
  public void certificatesInOrder(List<Map<String, String>> table) {
    compare(new PlanTable(table, true), certificates());
  }

  @Then("the planned {role} certificate is:")
  public void certificate(String role, List<Map<String, String>> table) {
    compare(new PlanTable(table, false), List.of(certificate(role)));
  }

  @Then("the planned {role} certificate is, SANs in this order:")
  public void certificateInOrder(String role, List<Map<String, String>> table) {
    compare(new PlanTable(table, true), List.of(certificate(role)));
  }

  /** Each row's advisory ({@code | rule | severity |}) is among the plan's advisories. */
  @Then("the plan advises:")
  public void advises(List<Map<String, String>> table) {
    List<Map<String, String>> advisories = new ArrayList<>();
    for (JsonNode advisory : plan().path("advisories")) {
      String severity = advisory.path("severity").asText();
      advisories.add(Map.of("rule", advisory.path("rule").asText(), "severity", severity));
    }
    assertThat(advisories).as("the plan's advisories").containsAll(table);
  }

  private static void compare(PlanTable table, List<JsonNode> certificates) {
    assertThat(table.actual(certificates))
        .as("the planned certificates, as the page's table shows them")
        .isEqualTo(table.expected());
  }

  private List<JsonNode> certificates() {
    List<JsonNode> certificates = new ArrayList<>();
    plan().path("certificates").forEach(certificates::add);
    return certificates;
  }

  private JsonNode certificate(String role) {
    return certificates().stream()
        .filter(certificate -> certificate.path("id").asText().equals(role))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the plan has no " + role + " certificate"));
  }

  private JsonNode plan() {
    Outcome outcome = world.outcome();
    assertThat(outcome.result())
        .as("edgecert answered %s with the problems %s", outcome.raw(), outcome.errors())
        .isEqualTo(Outcome.Result.ACCEPTED);
    return outcome.document();
  }
}
