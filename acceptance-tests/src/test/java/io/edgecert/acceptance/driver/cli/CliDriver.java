package io.edgecert.acceptance.driver.cli;

import com.google.inject.Injector;
import io.edgecert.acceptance.driver.CertificateInput;
import io.edgecert.acceptance.driver.Driver;
import io.edgecert.acceptance.driver.Json;
import io.edgecert.acceptance.driver.Outcome;
import io.edgecert.acceptance.driver.ProbeInputs;
import io.edgecert.acceptance.driver.TopologyText;
import io.edgecert.acceptance.driver.Trust;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs {@code edgecert plan} and {@code edgecert validate} in process, on a fresh picocli {@link
 * CommandLine} of the production injector per run, with files in a temporary directory, {@code
 * --format json} on standard output and the input errors on standard error.
 */
final class CliDriver implements Driver {
  /** The source edgecert names in messages that belong to no input file. */
  private static final String EDGECERT = "edgecert";

  private final Injector production;

  CliDriver(Injector production) {
    this.production = production;
  }

  @Override
  public Outcome plan(TopologyText topology, LocalDate asOf) {
    try (Workspace files = Workspace.create()) {
      String topologyFile = files.write(topology.syntax().fileName(), topology.bytes());
      List<String> args = new ArrayList<>(List.of("plan", topologyFile, "--format", "json"));
      if (asOf != null) {
        args.addAll(List.of("--as-of", asOf.toString()));
      }
      return run(args, List.of(topologyFile));
    }
  }

  @Override
  public Outcome validate(
      TopologyText topology, List<CertificateInput> certificates, Trust trust, Instant at) {
    try (Workspace files = Workspace.create()) {
      ValidateArguments args = new ValidateArguments(files);
      args.topology(topology);
      args.certificates(certificates);
      args.trust(trust);
      args.add("--at", at.toString());
      args.add("--format", "json");
      return run(args.list(), args.sources());
    }
  }

  @Override
  public Outcome probe(TopologyText topology, ProbeInputs inputs) {
    try (Workspace files = Workspace.create()) {
      ValidateArguments args = new ValidateArguments(files);
      List<String> list = new ArrayList<>(List.of("probe"));
      String topologyFile = files.write(topology.syntax().fileName(), topology.bytes());
      list.add(topologyFile);
      list.addAll(List.of("--dns-server", inputs.dnsServer(), "--handshake-timeout", "20s"));
      inputs.targets().forEach(target -> list.addAll(List.of("--target", target)));
      args.trust(inputs.trust());
      list.addAll(args.list().subList(1, args.list().size()));
      list.addAll(List.of("--at", inputs.at().toString(), "--format", "json"));
      return run(list, List.of(topologyFile));
    }
  }

  private Outcome run(List<String> args, List<String> sources) {
    CommandLine commandLine = production.getInstance(CommandLine.class);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exit = commandLine.execute(args.toArray(String[]::new));
    String raw = "exit " + exit;
    switch (exit) {
      case 0:
        return Outcome.answered(Outcome.Result.ACCEPTED, raw, Json.parse(out.toString(), raw));
      case 1:
        return Outcome.answered(Outcome.Result.REJECTED, raw, Json.parse(out.toString(), raw));
      case 2:
        List<String> known = new ArrayList<>(sources);
        known.add(EDGECERT);
        return Outcome.refused(raw, StandardError.parse(err.toString(), known));
      default:
        return Outcome.failed(raw + ": " + err);
    }
  }
}
