package io.edgecert.acceptance.driver.cli;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.When;
import io.edgecert.acceptance.driver.Json;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.world.Repository;
import io.edgecert.acceptance.world.World;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The smoke test of the real {@code ./edgecert} launcher, as a process (CLI suite only): it builds
 * the jar when it is missing or older than the sources, then runs it. Its standard error goes to
 * {@code target/launcher-stderr.log}.
 */
@ScenarioScoped
public final class LauncherSteps {
  private static final long MINUTES = 10;
  private final World world;

  @Inject
  public LauncherSteps(World world) {
    this.world = world;
  }

  @When("an administrator plans the example {string} with the edgecert launcher")
  public void plan(String example) throws IOException, InterruptedException {
    Path root = Repository.root();
    File log = Path.of("target", "launcher-stderr.log").toFile();
    List<String> command =
        List.of(
            root.resolve("edgecert").toString(),
            "plan",
            example,
            "--format",
            "json",
            "--as-of",
            world.today().toString());
    Process process =
        new ProcessBuilder(command).directory(root.toFile()).redirectError(log).start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the launcher did not finish within " + MINUTES + " minutes");
    }
    String raw = "exit " + process.exitValue();
    world.outcome(
        process.exitValue() == 0
            ? Outcome.answered(Outcome.Result.ACCEPTED, raw, Json.parse(out, raw))
            : Outcome.failed(raw + ": " + stderr(log)));
  }

  private static String stderr(File log) {
    try {
      return Files.readString(log.toPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
