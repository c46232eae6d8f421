package io.edgecert.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Then;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.world.FindingTable;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The findings of the report on the one certificate a scenario checked, and its verdict. */
@ScenarioScoped
public final class FindingSteps {
  private final World world;

  @Inject
  public FindingSteps(World world) {
    this.world = world;
  }

  @Then("the findings include:")
  public void findingsInclude(List<Map<String, String>> rows) {
    FindingTable table = new FindingTable(rows);
    assertThat(table.actual(certificate().path("findings")))
        .as("the findings on %s", certificate().path("file").asText())
        .isEqualTo(table.expected());
  }

  /** The pool section's finding on the copies of {@code role}: EXT-POOL-001 or INT-POOL-001. */
  @Then("the pool check of the {role} certificate finds:")
  public void poolFinds(String role, List<Map<String, String>> rows) {
    FindingTable table = new FindingTable(rows);
    ArrayNode finding = JsonNodeFactory.instance.arrayNode().add(pool(role).path("finding"));
    assertThat(table.actual(finding))
        .as("the pool check of the %s certificate", role)
        .isEqualTo(table.expected());
  }

  @Then("the pool section shows {names} holding the {role} certificate")
  public void poolMembers(List<String> members, String role) {
    List<String> shown = new ArrayList<>();
    pool(role).path("members").forEach(copy -> shown.add(copy.path("member").asText()));
    assertThat(shown).as("the members shown for the %s certificate", role).isEqualTo(members);
  }

  private JsonNode pool(String role) {
    List<String> roles = new ArrayList<>();
    for (JsonNode entry : report().document().path("pool")) {
      if (entry.path("role").asText().equals(role)) {
        return entry;
      }
      roles.add(entry.path("role").asText());
    }
    throw new AssertionError("the report's pool section has no " + role + " role; it has " + roles);
  }

  /** No must-rule failed: exit 0, HTTP 200 with the verdict pass. */
  @Then("the certificate passes")
  @Then("the certificates pass")
  public void passes() {
    verdict(Outcome.Result.ACCEPTED, "pass");
  }

  /** A must-rule failed: exit 1, HTTP 200 with the verdict fail. */
  @Then("the certificate is rejected")
  @Then("the certificates are rejected")
  public void rejected() {
    verdict(Outcome.Result.REJECTED, "fail");
  }

  @Then("no rule fails")
  public void noRuleFails() {
    List<String> failed = new ArrayList<>();
    for (JsonNode finding : certificate().path("findings")) {
      if (finding.path("status").asText().equals("fail")) {
        failed.add(finding.path("rule").asText() + ": " + finding.path("message").asText());
      }
    }
    assertThat(failed).as("failed findings").isEmpty();
  }

  private void verdict(Outcome.Result result, String verdict) {
    Outcome outcome = report();
    assertThat(outcome.result()).as("edgecert answered %s", outcome.raw()).isEqualTo(result);
    assertThat(outcome.document().path("verdict").asText()).as("the verdict").isEqualTo(verdict);
  }

  private JsonNode certificate() {
    JsonNode certificates = report().document().path("certificates");
    assertThat(certificates).as("the certificates of the report").hasSize(1);
    return certificates.get(0);
  }

  private Outcome report() {
    Outcome outcome = world.outcome();
    assertThat(outcome.result())
        .as("edgecert answered %s with the problems %s", outcome.raw(), outcome.errors())
        .isIn(Outcome.Result.ACCEPTED, Outcome.Result.REJECTED);
    return outcome;
  }
}
