package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.javalin.http.Context;

/**
 * {@code GET /v1/rules} and {@code GET /v1/rules/{id}}: the rule catalogue, or the rules of an id.
 */
final class RulesHandler {
  static final String ID = "id";

  private final RulesUseCase rules;
  private final ExportUseCase export;

  RulesHandler(RulesUseCase rules, ExportUseCase export) {
    this.rules = rules;
    this.export = export;
  }

  /** Every rule, in reference order. */
  void all(Context ctx) {
    JsonAnswer.send(ctx, export.rulesJson(rules.rules(null)));
  }

  /**
   * The rule with this id, or every rule whose id starts with it (as the CLI does); else the use
   * case's refusal, which {@link ProblemMapping} answers with 404.
   */
  void matching(Context ctx) {
    JsonAnswer.send(ctx, export.rulesJson(rules.rules(ctx.pathParam(ID))));
  }
}
