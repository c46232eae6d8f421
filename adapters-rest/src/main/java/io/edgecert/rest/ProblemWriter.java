package io.edgecert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Writes a problem as {@code application/problem+json}, in UTF-8 (RFC 8259) whatever the text. */
final class ProblemWriter {
  static final String PROBLEM_JSON = "application/problem+json";

  /** The Content-Type of every problem: the media type with its charset, so no client guesses. */
  static final String PROBLEM_JSON_UTF8 = PROBLEM_JSON + ";charset=utf-8";

  private final ObjectMapper mapper;

  ProblemWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Writes the problem; a request body that the refusal left unread (a 403, 401, 406 or 415 comes
   * before the body is read) is read and thrown away first, within {@link BodyDrain}'s bounds, so
   * that a client still sending it gets the answer instead of a closed connection.
   */
  void write(Context ctx, Problem problem) {
    if (ctx.res().getHeader("Connection") == null) {
      BodyDrain.discard(ctx);
    }
    byte[] body = toJson(problem).toString().getBytes(StandardCharsets.UTF_8);
    ctx.status(problem.status()).contentType(PROBLEM_JSON_UTF8).result(body);
  }

  ObjectNode toJson(Problem problem) {
    ObjectNode json = mapper.createObjectNode();
    json.put("type", problem.type());
    json.put("title", problem.title());
    json.put("status", problem.status());
    json.put("detail", problem.detail());
    if (!problem.errors().isEmpty()) {
      ArrayNode errors = json.putArray("errors");
      problem.errors().forEach(error -> errors.add(toJson(error)));
    }
    return json;
  }

  private ObjectNode toJson(Problem.Error error) {
    ObjectNode json = mapper.createObjectNode();
    if (error.pointer() != null) {
      json.put("pointer", error.pointer());
    }
    if (error.parameter() != null) {
      json.put("parameter", error.parameter());
    }
    if (error.line() > 0) {
      json.put("line", error.line());
    }
    if (error.column() > 0) {
      json.put("column", error.column());
    }
    return json.put("message", error.message());
  }
}
