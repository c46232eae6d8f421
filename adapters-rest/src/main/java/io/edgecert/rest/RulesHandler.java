package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.domain.ShownText;
import io.edgecert.domain.rules.RuleId;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;

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

  /** The rule with this id, or every rule whose id starts with it (as the CLI does); else 404. */
  void matching(Context ctx) {
    String id = ctx.pathParam(ID);
    List<RuleId> found = rules.rules(id);
    if (found.isEmpty()) {
      throw new NotFoundResponse(
          "No rule has the id '" + ShownText.of(id) + "' or an id starting with it.");
    }
    JsonAnswer.send(ctx, export.rulesJson(found));
  }
}
