package io.edgecert.rest;

import io.edgecert.application.port.in.UnknownRuleException;
import io.edgecert.domain.InvalidInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where exceptions become HTTP answers: input errors 400/422 with every problem, HTTP
 * errors with their status, a request the client broke a 400 logged in one line, anything else an
 * opaque 500 whose stack trace goes to the log.
 */
final class ProblemMapping {
  private static final Logger LOG = Logger.getLogger(ProblemMapping.class.getName());
  private static final String AVAILABLE_METHODS = "availableMethods";

  private final ProblemWriter writer;

  ProblemMapping(ProblemWriter writer) {
    this.writer = writer;
  }

  void register(JavalinConfig config) {
    config.routes.exception(
        UnknownRuleException.class,
        (e, ctx) -> writer.write(ctx, Problems.ofStatus(404, e.reason())));
    config.routes.exception(
        InvalidInputException.class, (e, ctx) -> writer.write(ctx, Problems.ofInput(e)));
    config.routes.exception(
        BadParameterException.class, (e, ctx) -> writer.write(ctx, Problems.ofParameter(e)));
    config.routes.exception(
        Cors.ForbiddenOrigin.class,
        (e, ctx) -> writer.write(ctx, Problems.ofStatus(403, e.getMessage())));
    config.routes.exception(HttpResponseException.class, this::httpStatus);
    config.routes.exception(Exception.class, this::internal);
    config.router.javaLangErrorHandler(this::fatal);
  }

  private void httpStatus(HttpResponseException e, Context ctx) {
    if (e.getStatus() >= 500) {
      internal(e, ctx);
    } else if (e.getStatus() == 405 && e.getDetails().containsKey(AVAILABLE_METHODS)) {
      String allowed = e.getDetails().get(AVAILABLE_METHODS);
      ctx.header("Allow", allowed);
      String detail = ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed;
      writer.write(ctx, Problems.ofStatus(405, detail));
    } else {
      writer.write(ctx, Problems.ofStatus(e.getStatus(), e.getMessage()));
    }
  }

  private void internal(Exception e, Context ctx) {
    int clientFault = ClientFaults.status(e);
    if (clientFault > 0) {
      LOG.warning(
          () -> "client fault: " + ctx.method() + " " + ctx.path() + ": " + ClientFaults.reason(e));
      ctx.header("Connection", "close");
      writer.write(ctx, Problems.ofStatus(clientFault, ClientFaults.detail(clientFault)));
      return;
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(
        Level.SEVERE,
        e,
        () -> "incident " + incident + ": " + ctx.method() + " " + ctx.path() + " failed");
    writer.write(ctx, Problems.internal(incident));
  }

  private void fatal(HttpServletResponse response, Error error) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, error, () -> "incident " + incident + ": request failed with an error");
    byte[] body =
        writer.toJson(Problems.internal(incident)).toString().getBytes(StandardCharsets.UTF_8);
    try {
      response.setStatus(500);
      response.setContentType(ProblemWriter.PROBLEM_JSON_UTF8);
      response.getOutputStream().write(body);
    } catch (IOException | IllegalStateException e) {
      LOG.log(
          Level.WARNING,
          e,
          () -> "incident " + incident + ": the error answer could not be written");
    }
  }
}
