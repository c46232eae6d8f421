package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A JSON request body with a byte that is not UTF-8 (a Latin-1 ü) is refused with the field and
 * line that hold it, not a bare "not well-formed JSON".
 */
class NonUtf8BodyTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void givenALatin1ByteInTheTopologyOfAValidation_post_namesTheFieldAndLine() throws Exception {
    JsonNode problem =
        problemOf(
            "{\"topology\": {\"version\": 1,\n"
                + " \"edge\": {\"accessEdge\": \"sip.cont@so.com\"}},\n"
                + " \"certificates\": [{\"pem\": \"x\"}]}");

    assertThat(problem.get("status").asInt()).isEqualTo(400);
    JsonNode error = problem.get("errors").get(0);
    assertThat(error.get("pointer").asText()).isEqualTo("/topology/edge/accessEdge");
    assertThat(error.get("line").asInt()).isEqualTo(2);
    assertThat(error.get("column").asInt()).isEqualTo(34);
    assertThat(error.get("message").asText())
        .isEqualTo(
            "not UTF-8 text: byte 0xFC at line 2, column 34 is not UTF-8 (perhaps Latin-1 or"
                + " Windows-1252); send the body as UTF-8");
  }

  @Test
  void givenALatin1ByteInAnElementOfAList_post_namesTheElement() throws Exception {
    JsonNode problem =
        problemOf(
            "{\"topology\": {\"version\": 1}, \"certificates\": [{\"pem\": \"x\"},"
                + " {\"member\": \"edge@.contoso.net\", \"pem\": \"x\"}]}");

    assertThat(problem.get("errors").get(0).get("pointer").asText())
        .isEqualTo("/certificates/1/member");
  }

  @Test
  void givenALatin1ByteInAKey_post_namesTheObjectThatHoldsTheKey() throws Exception {
    JsonNode problem =
        problemOf(
            "{\"topology\": {\"version\": 1, \"edge\": {\"acc@ssEdge\": \"sip.contoso.com\"}},"
                + " \"certificates\": [{\"pem\": \"x\"}]}");

    JsonNode error = problem.get("errors").get(0);
    assertThat(error.get("pointer").asText()).isEqualTo("/topology/edge");
    assertThat(error.get("message").asText()).startsWith("not UTF-8 text in a key: byte 0xFC");
  }

  /** Found by the rest-json fuzz target: Jackson read these bytes as UTF-32 and threw. */
  @Test
  void givenNulBytesThatReadAsUtf32_post_refusesTheBodyAsNotUtf8() throws Exception {
    byte[] body = {0, 0, 0, 0, '[', '1', ',', 'A', 'O', 'B', 'g'};

    RawHttp.Answer answer = RawHttp.post(api.port, "/v1/validations", "application/json", body);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(MAPPER.readTree(answer.body()).toString())
        .contains("not UTF-8 text: a JSON body is UTF-8 (RFC 8259)");
  }

  private static JsonNode problemOf(String body) throws Exception {
    RawHttp.Answer answer =
        RawHttp.post(api.port, "/v1/validations", "application/json", latin1(body));
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    return MAPPER.readTree(answer.body());
  }

  /** The UTF-8 bytes of {@code text} with each '@' written as a Latin-1 ü (0xFC). */
  private static byte[] latin1(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] pieces = text.split("@", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        bytes.write(0xFC);
      }
      bytes.writeBytes(pieces[i].getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
