package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.plan.CertificatePlan;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.LocalDate;

/**
 * {@code POST /v1/plans}: a topology (JSON or YAML) in, its certificate plan out as JSON, or as
 * Markdown (what {@code edgecert plan --format markdown} prints) when the Accept header prefers
 * {@code text/markdown}.
 */
final class PlanHandler implements Handler {
  static final String AS_OF = "asOf";

  private final PlanUseCase plans;
  private final ExportUseCase export;
  private final BodyReader bodies;
  private final PlanRenderer markdown;

  PlanHandler(PlanUseCase plans, ExportUseCase export, BodyReader bodies, PlanRenderer markdown) {
    this.plans = plans;
    this.export = export;
    this.bodies = bodies;
    this.markdown = markdown;
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
    CertificatePlan plan = plans.plan(new PlanCommand(topology, asOf));
    ctx.header("Vary", "Accept, Origin");
    if (AcceptCheck.prefersMarkdown(ctx.header("Accept"))) {
      ctx.contentType(AcceptCheck.MARKDOWN + ";charset=utf-8").result(markdown.render(plan));
    } else {
      JsonAnswer.send(ctx, export.planJsonUtf8(plan));
    }
  }

  private static LocalDate asOf(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return InputValues.date(AS_OF, text);
    } catch (InvalidValueException e) {
      throw new BadParameterException(AS_OF, e.reason());
    }
  }
}
