package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

/**
 * The OpenAPI document as a contract: finds the schema of a real response and checks it. Public for
 * the tests of bootstrap, which check the real server with it.
 */
public final class OpenApiContract {
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  final JsonNode document;
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  public OpenApiContract(JsonNode document) {
    this.document = document;
  }

  /** Asserts that {@code response} is documented for the operation and matches its schema. */
  public void assertConforms(String method, String template, HttpResponse<String> response) {
    assertConforms(
        method,
        template,
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** The same check of an answer read off a socket: its status, Content-Type and body. */
  public void assertConforms(
      String method, String template, int statusCode, String contentType, String text) {
    String status = String.valueOf(statusCode);
    JsonNode answer =
        resolve(document.path("paths").path(template).path(method).path("responses").path(status));
    String where = method.toUpperCase() + " " + template + " " + status;
    assertThat(answer.isMissingNode()).as(where + " is documented").isFalse();
    String mediaType = MediaTypes.essence(contentType);
    JsonNode schema = answer.path("content").path(mediaType).path("schema");
    assertThat(schema.isMissingNode()).as(where + " documents " + mediaType).isFalse();
    JsonNode body = mediaType.endsWith("json") ? TestServer.json(text) : TextNode.valueOf(text);
    assertValid(schema, body, where);
  }

  /** Asserts that {@code value} matches the component schema {@code name}. */
  public void assertMatches(String name, JsonNode value) {
    ObjectNode reference =
        TestServer.MAPPER.createObjectNode().put("$ref", "#/components/schemas/" + name);
    assertValid(reference, value, name);
  }

  /** Every schema of the document checked against the JSON Schema 2020-12 meta-schema. */
  Set<String> invalidSchemas() {
    var meta = factory.getSchema(SchemaLocation.of(DIALECT), config);
    Set<String> invalid = new TreeSet<>();
    document
        .path("components")
        .path("schemas")
        .fields()
        .forEachRemaining(
            entry -> {
              if (!meta.validate(entry.getValue()).isEmpty()) {
                invalid.add(entry.getKey() + ": " + meta.validate(entry.getValue()));
              }
            });
    return invalid;
  }

  /** Every "method path status" the document promises. */
  public Set<String> documentedAnswers() {
    Set<String> answers = new TreeSet<>();
    document
        .path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        operation ->
                            operation
                                .getValue()
                                .path("responses")
                                .fieldNames()
                                .forEachRemaining(
                                    status ->
                                        answers.add(
                                            operation.getKey()
                                                + " "
                                                + path.getKey()
                                                + " "
                                                + status))));
    return answers;
  }

  /** Asserts that {@code value} matches {@code schema}, a schema of this document. */
  void assertSchemaMatches(JsonNode schema, JsonNode value, String where) {
    assertValid(schema, value, where);
  }

  private void assertValid(JsonNode schema, JsonNode value, String where) {
    ObjectNode root = schema.deepCopy();
    root.put("$schema", DIALECT);
    root.set("components", document.get("components"));
    Set<ValidationMessage> errors = factory.getSchema(root, config).validate(value);
    assertThat(errors).as(where + " matches its schema: " + value).isEmpty();
  }

  private JsonNode resolve(JsonNode node) {
    JsonNode ref = node.get("$ref");
    return ref == null ? node : document.at(ref.asText().substring(1));
  }
}
