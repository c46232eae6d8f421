package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorMappingTest {
  private final Logger logger = Logger.getLogger(ErrorMapping.LOGGER);
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void captureLog() {
    logger.addHandler(capture);
    logger.setUseParentHandlers(false);
  }

  @AfterEach
  void releaseLog() {
    logger.removeHandler(capture);
    logger.setUseParentHandlers(true);
  }

  private static CliRun planThrowing(RuntimeException failure) {
    return new CliRun(new FakePlanUseCase(command -> { throw failure; }), null);
  }

  @Test
  void givenInvalidTopology_plan_printsEveryProblemLineAndExits2() {
    InvalidInputException invalid = new InvalidInputException("-", InvalidInputException.Kind.INVALID,
        List.of(new InputProblem("edge.accessEdge", 7, "expected an FQDN"), InputProblem.of("no SIP domain")));
    CliRun run = planThrowing(invalid).run("plan");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("-:7 edge.accessEdge: expected an FQDN\n-: no SIP domain\n");
    assertThat(logged).isEmpty();
  }

  @Test
  void givenMissingFile_plan_exits2NamingTheFile() {
    CliRun run = CliRun.withSamples().run("plan", "topology.yaml");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("edgecert: cannot read topology.yaml: no such file\n");
  }

  @Test
  void givenDirectory_plan_exits2SayingSo() {
    CliRun run = CliRun.withSamples().run("plan", System.getProperty("java.io.tmpdir"));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).endsWith(": is a directory\n");
  }

  @Test
  void givenBug_plan_exits3WithOpaqueMessageAndLogsTheStackTrace() {
    IllegalStateException bug = new IllegalStateException("secret detail");
    CliRun run = planThrowing(bug).run("plan");

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("edgecert: internal error: IllegalStateException; see the log\n");
    assertThat(logged).singleElement().satisfies(r -> assertThat(r.getThrown()).isSameAs(bug));
  }

  @Test
  void givenBugAndDebug_plan_printsTheStackTraceToo() {
    CliRun run = planThrowing(new IllegalStateException("boom"));
    run.variables.put("EDGECERT_DEBUG", "1");
    run.run("plan");

    assertThat(run.exitCode).isEqualTo(3);
    assertThat(run.err).contains("internal error: IllegalStateException", "boom", "\tat ");
  }

  @Test
  void givenUnknownOption_plan_exits2WithMessageAndHint() {
    CliRun run = CliRun.withSamples().run("plan", "--colour");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err)
        .startsWith("edgecert: Unknown option: '--colour'")
        .endsWith("Try 'edgecert plan --help' for more information.\n");
  }

  @Test
  void givenUnknownFormat_plan_exits2ListingTheFormats() {
    CliRun run = CliRun.withSamples().run("plan", "--format", "pdf");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("pdf", "text, markdown, json");
  }

  @Test
  void givenUnknownSubcommand_edgecert_exits2WithHint() {
    CliRun run = CliRun.withSamples().run("pln");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("pln").contains("Try 'edgecert --help'");
  }
}
