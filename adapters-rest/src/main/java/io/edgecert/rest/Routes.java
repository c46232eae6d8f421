package io.edgecert.rest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/** The endpoints of the API, the checks every request passes before them, and the error mapping. */
final class Routes {
  static final String PLANS = "/v1/plans";
  static final String VALIDATIONS = "/v1/validations";
  static final String RULES = "/v1/rules";
  static final String RULE = "/v1/rules/{" + RulesHandler.ID + "}";
  static final String HEALTH = "/health";
  static final String OPENAPI = "/openapi.json";

  private final BodyReader bodies;
  private final PlanHandler plans;
  private final ValidationHandler validations;
  private final RulesHandler rules;
  private final ProblemMapping problems;

  Routes(UseCases useCases, RestSettings settings) {
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
  }

  void register(JavalinConfig config) {
    config.routes.before(new AcceptCheck());
    config.routes.before(bodies);
    config.routes.post(PLANS, plans);
    config.routes.post(VALIDATIONS, validations);
    readable(config, RULES, rules::all);
    readable(config, RULE, rules::matching);
    readable(config, HEALTH, new HealthHandler());
    readable(config, OPENAPI, new OpenApiHandler());
    problems.register(config);
  }

  /** A GET route, and HEAD on it: the same status and headers, without the body (RFC 9110). */
  private static void readable(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }
}
