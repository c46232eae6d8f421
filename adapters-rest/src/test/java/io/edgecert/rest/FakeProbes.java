package io.edgecert.rest;

import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.domain.probe.ProbeReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A probe that probes nothing: it keeps the command (and so the scope) and acts on the cues. */
final class FakeProbes implements ProbeUseCase {
  final AtomicReference<ProbeCommand> last = new AtomicReference<>();

  @Override
  public ProbeReport probe(ProbeCommand command) {
    last.set(command);
    Cues.act(
        new String(command.topology().content(), StandardCharsets.UTF_8),
        command.topology().name());
    return new ProbeReport(
        command.at() == null ? FakeValidations.NOW : command.at(), List.of(), List.of());
  }
}
