package io.edgecert.rest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.config.JavalinConfig;

/** The endpoints of the API, the checks every request passes before them, and the error mapping. */
final class Routes {
  static final String PLANS = "/v1/plans";
  static final String VALIDATIONS = "/v1/validations";
  static final String RULES = "/v1/rules";
  static final String RULE = "/v1/rules/{" + RulesHandler.ID + "}";
  static final String PROBES = "/v1/probes";
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";

  private final BodyReader bodies;
  private final PlanHandler plans;
  private final ValidationHandler validations;
  private final RulesHandler rules;
  private final ProblemMapping problems;
  private final ProbeHandler probes;

  Routes(UseCases useCases, RestSettings settings, ProbeAccess probeAccess) {
    ObjectMapper mapper =
        JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    this.bodies = new BodyReader(settings.maxBodyBytes());
    this.plans = new PlanHandler(useCases.plans(), useCases.export(), bodies);
    this.validations =
        new ValidationHandler(useCases.validations(), useCases.export(), bodies, mapper);
    this.rules = new RulesHandler(useCases.rules(), useCases.export());
    this.problems = new ProblemMapping(new ProblemWriter(mapper));
    this.probes =
        probeAccess == null
            ? null
            : new ProbeHandler(
                probeAccess.probes(), useCases.export(), bodies, mapper, probeAccess.allowed());
  }

  void register(JavalinConfig config) {
    config.routes.before(new AcceptCheck());
    config.routes.before(bodies);
    config.routes.post(PLANS, plans);
    config.routes.post(VALIDATIONS, validations);
    config.routes.post(PROBES, probes != null ? probes : ProbeHandler::off);
    config.routes.get(RULES, rules::all);
    config.routes.get(RULE, rules::matching);
    config.routes.get(HEALTH, new HealthHandler());
    config.routes.get(OPENAPI, new OpenApiHandler());
    problems.register(config);
  }
}
