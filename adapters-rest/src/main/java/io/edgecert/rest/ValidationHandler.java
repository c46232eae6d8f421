package io.edgecert.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.in.ValidateUseCase;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST /v1/validations}: a topology and certificates in (JSON or a form), the report out; a
 * failed verdict is still a 200, since findings are data.
 */
final class ValidationHandler implements Handler {
  private final ValidateUseCase validations;
  private final ExportUseCase export;
  private final BodyReader bodies;
  private final ValidationJsonReader json;
  private final ValidationFormReader form = new ValidationFormReader();

  ValidationHandler(
      ValidateUseCase validations, ExportUseCase export, BodyReader bodies, ObjectMapper mapper) {
    this.validations = validations;
    this.export = export;
    this.bodies = bodies;
    this.json = new ValidationJsonReader(mapper);
  }

  @Override
  public void handle(Context ctx) throws Exception {
    JsonAnswer.send(ctx, export.reportJson(validations.validate(command(ctx))));
  }

  private ValidateCommand command(Context ctx) throws IOException {
    // Everything travels in the body: a query parameter (?at=) would be silently ignored.
    for (String parameter : ctx.queryParamMap().keySet()) {
      throw new BadParameterException(
          parameter,
          "POST /v1/validations takes no query parameters: put "
              + parameter
              + " in the body (a form field or a JSON member)");
    }
    if (MediaTypes.isMultipart(ctx.contentType())) {
      return form.read(FormParts.parse(ctx.contentType(), bodies.read(ctx)));
    }
    if (MediaTypes.syntaxOf(ctx.contentType()).equals(Optional.of(TopologySource.Syntax.JSON))) {
      return json.read(bodies.read(ctx));
    }
    throw MediaTypes.unsupported(ctx.contentType(), "application/json or multipart/form-data");
  }
}
