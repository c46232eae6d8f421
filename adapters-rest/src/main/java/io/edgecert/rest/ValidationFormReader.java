package io.edgecert.rest;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code multipart/form-data} validation request: a {@code topology} part, one or more
 * {@code certificate} parts (files or pasted text), and optional {@code password}, {@code at} and
 * {@code expiryWarningDays} fields. Parts are held in memory only.
 */
final class ValidationFormReader {
  static final String TOPOLOGY = "topology";
  static final String CERTIFICATE = "certificate";
  static final String PASSWORD = "password";

  ValidateCommand read(Context ctx) throws IOException {
    List<InputProblem> problems = new ArrayList<>();
    TopologySource topology = topology(ctx, problems);
    List<CertificateSource> certificates = certificates(ctx, problems);
    Instant at = ValidationOptions.at(ctx.formParam(ValidationOptions.AT), problems);
    String days = ctx.formParam(ValidationOptions.EXPIRY_WARNING_DAYS);
    int expiryWarningDays = ValidationOptions.expiryWarningDays(days, problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(InputNames.BODY, InvalidInputException.Kind.INVALID, problems);
    }
    return new ValidateCommand(topology, certificates, at, expiryWarningDays, null);
  }

  private static TopologySource topology(Context ctx, List<InputProblem> problems) throws IOException {
    String name = InputNames.at("/" + TOPOLOGY);
    UploadedFile file = ctx.uploadedFile(TOPOLOGY);
    if (file != null) {
      TopologySource.Syntax syntax = MediaTypes.syntaxOf(file.contentType()).orElse(TopologySource.Syntax.AUTO);
      return new TopologySource(name, bytes(file), syntax);
    }
    String text = ctx.formParam(TOPOLOGY);
    if (text == null || text.isBlank()) {
      problems.add(InputProblem.at(TOPOLOGY, "a part named topology (JSON or YAML) is required"));
      return null;
    }
    return new TopologySource(name, text.getBytes(StandardCharsets.UTF_8), TopologySource.Syntax.AUTO);
  }

  private static List<CertificateSource> certificates(Context ctx, List<InputProblem> problems) throws IOException {
    String password = ctx.formParam(PASSWORD);
    List<CertificateSource> certificates = new ArrayList<>();
    for (UploadedFile file : ctx.uploadedFiles(CERTIFICATE)) {
      String name = InputNames.at("/" + CERTIFICATE + "/" + certificates.size()) + " (" + file.filename() + ")";
      certificates.add(source(name, bytes(file), password));
    }
    for (String text : ctx.formParams(CERTIFICATE)) {
      String name = InputNames.at("/" + CERTIFICATE + "/" + certificates.size());
      certificates.add(source(name, text.getBytes(StandardCharsets.UTF_8), password));
    }
    if (certificates.isEmpty()) {
      problems.add(InputProblem.at(CERTIFICATE, "one or more parts named certificate are required"));
    }
    return certificates;
  }

  private static CertificateSource source(String name, byte[] content, String password) {
    return new CertificateSource(name, content, password == null ? null : password.toCharArray(), null);
  }

  private static byte[] bytes(UploadedFile file) throws IOException {
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    }
  }
}
