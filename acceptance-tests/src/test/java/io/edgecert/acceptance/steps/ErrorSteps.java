package io.edgecert.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Then;
import io.edgecert.acceptance.driver.InputError;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.world.ErrorTable;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Inputs edgecert refuses (exit 2, HTTP 400 or 422), and the problems it names. */
@ScenarioScoped
public final class ErrorSteps {
  private final World world;

  @Inject
  public ErrorSteps(World world) {
    this.world = world;
  }

  /** Every problem of the table is reported, and nothing else. */
  @Then("the topology is refused with these problems:")
  public void refusedWith(List<Map<String, String>> rows) {
    List<InputError> reported = refused();
    ErrorTable table = new ErrorTable(rows);
    assertThat(table.unmatched(reported))
        .as("problems not reported; edgecert reported %s", reported)
        .isEmpty();
    assertThat(reported).as("the problems reported").hasSize(table.size());
  }

  @Then("the certificate is refused because {string}")
  public void certificateRefused(String problem) {
    assertThat(refused())
        .as("the problems reported")
        .anySatisfy(error -> assertThat(error.message()).contains(problem));
  }

  private List<InputError> refused() {
    Outcome outcome = world.outcome();
    assertThat(outcome.result())
        .as("edgecert answered %s", outcome.raw())
        .isEqualTo(Outcome.Result.REFUSED);
    return outcome.errors();
  }
}
