package io.edgecert.rest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.util.Map;

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
  private final RequestBudget budget;
  private final ProblemWriter writer;

  private final Cors cors;
  private final WebFiles web = new WebFiles();

  Routes(UseCases useCases, RestSettings settings, PlanRenderer markdown, ProbeAccess probeAccess) {
    ObjectMapper mapper = mapper();
    this.bodies = new BodyReader(settings.maxBodyBytes());
    this.plans = new PlanHandler(useCases.plans(), useCases.export(), bodies, markdown);
    this.validations =
        new ValidationHandler(useCases.validations(), useCases.export(), bodies, mapper);
    this.rules = new RulesHandler(useCases.rules(), useCases.export());
    this.writer = new ProblemWriter(mapper);
    this.problems = new ProblemMapping(writer);
    this.budget = new RequestBudget(settings.requestBudget(), System::nanoTime, writer);
    this.probes =
        probeAccess == null
            ? null
            : new ProbeHandler(
                probeAccess.probes(), useCases.export(), bodies, mapper, probeAccess.allowed());
    this.cors = new Cors(settings.corsOrigins(), API_METHODS);
  }

  /** Each path of the API and the method it answers (CORS preflights list it). */
  private static final Map<String, String> API_METHODS =
      Map.of(
          PLANS, "POST",
          VALIDATIONS, "POST",
          PROBES, "POST",
          RULES, "GET",
          RULE, "GET",
          HEALTH, "GET",
          OPENAPI, "GET");

  /** The JSON mapper of request bodies: duplicate members and trailing tokens are errors. */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /** The writer of problem answers, on the mapper of the routes (Jetty's own errors use it too). */
  ProblemWriter writer() {
    return writer;
  }

  void register(JavalinConfig config) {
    config.routes.before(new ConnectRefusal());
    config.routes.before(new SecurityHeaders());
    config.routes.before(cors::decorate);
    config.routes.before(new AcceptCheck());
    config.routes.before(bodies);
    config.routes.post(PLANS, budget.around(plans));
    config.routes.post(VALIDATIONS, budget.around(validations));
    config.routes.post(PROBES, probes != null ? budget.around(probes) : ProbeHandler::off);
    readable(config, RULES, rules::all);
    readable(config, RULE, rules::matching);
    readable(config, HEALTH, new HealthHandler());
    readable(config, OPENAPI, new OpenApiHandler());
    for (String path : API_METHODS.keySet()) {
      config.routes.options(path, cors.options(path));
    }
    readable(config, WebFiles.ROOT, web::index);
    readable(config, WebFiles.ASSETS, web::asset);
    problems.register(config);
  }

  /** A GET route, and HEAD on it: the same status and headers, without the body (RFC 9110). */
  private static void readable(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }
}
