package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code POST /v1/plans}: a topology (JSON or YAML) in, its certificate plan out. */
final class PlanHandler implements Handler {
  static final String AS_OF = "asOf";

  private final PlanUseCase plans;
  private final ExportUseCase export;
  private final BodyReader bodies;

  PlanHandler(PlanUseCase plans, ExportUseCase export, BodyReader bodies) {
    this.plans = plans;
    this.export = export;
    this.bodies = bodies;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    TopologySource.Syntax syntax =
        MediaTypes.syntaxOf(ctx.contentType())
            .orElseThrow(
                () ->
                    MediaTypes.unsupported(
                        ctx.contentType(), "application/json or application/yaml"));
    LocalDate asOf = asOf(ctx.queryParam(AS_OF));
    TopologySource topology = new TopologySource(InputNames.BODY, bodies.read(ctx), syntax);
    JsonAnswer.send(ctx, export.planJson(plans.plan(new PlanCommand(topology, asOf))));
  }

  private static LocalDate asOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(AS_OF, "expected a date as YYYY-MM-DD, got '" + text + "'");
    }
  }
}
