package io.edgecert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.ProbeCommand;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.probe.ProbeTarget;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import java.util.Optional;

/**
 * {@code POST /v1/probes}: the inputs of {@code edgecert probe} as JSON, the probe report out. Off
 * unless {@code serve --allow-probes} names what may be reached; a target or DNS server outside it
 * is a 403, and every address is checked again before a connection is made (DNS may point
 * anywhere).
 */
final class ProbeHandler implements Handler {
  private final ProbeUseCase probes;
  private final ExportUseCase export;
  private final BodyReader bodies;
  private final ProbeJsonReader json;
  private final ProbeAllowList allowed;

  ProbeHandler(
      ProbeUseCase probes,
      ExportUseCase export,
      BodyReader bodies,
      ObjectMapper mapper,
      ProbeAllowList allowed) {
    this.probes = probes;
    this.export = export;
    this.bodies = bodies;
    this.json = new ProbeJsonReader(mapper);
    this.allowed = allowed;
  }

  /** The answer of a server without probes. */
  static void off(Context ctx) {
    throw new ForbiddenResponse(
        "probes are off on this server; start it with --allow-probes CIDR|DOMAIN...");
  }

  @Override
  public void handle(Context ctx) throws Exception {
    if (!allowed.enabled()) {
      off(ctx);
    }
    if (!MediaTypes.syntaxOf(ctx.contentType()).equals(Optional.of(TopologySource.Syntax.JSON))) {
      throw MediaTypes.unsupported(ctx.contentType(), "application/json");
    }
    ProbeJsonReader.Request request = json.read(bodies.read(ctx));
    for (ProbeTarget target : request.targets()) {
      if (!allowed.mayName(target.host())) {
        throw new ForbiddenResponse(
            "target " + target.host() + " is outside what this server may probe");
      }
    }
    if (request.dnsServer() != null && !allowed.mayName(request.dnsServer().host())) {
      throw new ForbiddenResponse(
          "DNS server " + request.dnsServer().host() + " is outside what this server may reach");
    }
    ProbeCommand command =
        new ProbeCommand(
            request.topology(),
            request.targets(),
            request.dnsServer(),
            request.connectTimeout(),
            request.handshakeTimeout(),
            request.concurrency(),
            null,
            request.internal(),
            request.at(),
            request.expiryWarningDays(),
            request.trust(),
            null,
            allowed);
    JsonAnswer.send(ctx, export.probeJson(probes.probe(command)));
  }
}
