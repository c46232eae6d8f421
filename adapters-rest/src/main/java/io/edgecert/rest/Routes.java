package io.edgecert.rest;

import io.javalin.config.JavalinConfig;

/** The endpoints of the API and the checks every request passes before them. */
final class Routes {
  static final String PLANS = "/v1/plans";
  static final String VALIDATIONS = "/v1/validations";
  static final String RULES = "/v1/rules";
  static final String RULE = "/v1/rules/{" + RulesHandler.ID + "}";
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";

  private final PlanHandler plans;
  private final ValidationHandler validations;
  private final RulesHandler rules;
  private final BodyReader bodies;

  Routes(PlanHandler plans, ValidationHandler validations, RulesHandler rules, BodyReader bodies) {
    this.plans = plans;
    this.validations = validations;
    this.rules = rules;
    this.bodies = bodies;
  }

  void register(JavalinConfig config) {
    config.routes.before(new AcceptCheck());
    config.routes.before(bodies);
    config.routes.post(PLANS, plans);
    config.routes.post(VALIDATIONS, validations);
    config.routes.get(RULES, rules::all);
    config.routes.get(RULE, rules::matching);
    config.routes.get(HEALTH, new HealthHandler());
    config.routes.get(OPENAPI, new OpenApiHandler());
  }
}
