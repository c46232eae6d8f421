package io.edgecert.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.inject.Injector;
import io.edgecert.application.port.in.PlanCommand;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.domain.plan.CertificatePlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

/** A documentation example as a client sends it, and its plan. */
final class ExampleRequests {

  private ExampleRequests() {}

  /** {@code POST /v1/plans} with the example's file as body, typed by its extension. */
  static HttpResponse<String> plan(LiveServer api, String example, String query) {
    return api.post("/v1/plans" + query, mediaType(example), bytes(example));
  }

  /** The plan of an example, from the injector's plan use case. */
  static CertificatePlan plan(Injector injector, String example) {
    TopologySource source = new TopologySource(example, bytes(example), TopologySource.Syntax.AUTO);
    return injector.getInstance(PlanUseCase.class).plan(new PlanCommand(source, null));
  }

  /** The example's topology as a JSON tree (YAML read as such). */
  static JsonNode tree(String example) {
    try {
      return new YAMLMapper().readTree(bytes(example));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String mediaType(String file) {
    return file.endsWith(".json") ? "application/json" : "application/yaml";
  }

  static byte[] bytes(String example) {
    return bytes(Repository.path(example));
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
