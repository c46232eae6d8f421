package io.edgecert.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Answers are UTF-8 on the wire whatever the text: ü is C3 BC, not FC; 例え is not "??". */
class Utf8AnswersTest {
  @RegisterExtension static final TestServer api = TestServer.perClass();

  @Test
  void givenProblemWithNonAsciiText_answersItInUtf8() {
    byte[] body =
        ("{\"version\": 1, \"note\": \"" + Cues.UNICODE + "\"}").getBytes(StandardCharsets.UTF_8);

    RawHttp.Answer answer = RawHttp.post(api.port, "/v1/plans", "application/json", body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.bodyText()).contains("sip.contosö.例え");
    assertThat(answer.body()).doesNotContain((byte) 0xFC, (byte) '?');
  }
}
