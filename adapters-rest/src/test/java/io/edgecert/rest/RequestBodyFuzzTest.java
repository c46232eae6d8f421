package io.edgecert.rest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.edgecert.domain.InvalidInputException;
import java.io.IOException;

/**
 * Fuzzes the readers of {@code POST /v1/validations} bodies: a {@code multipart/form-data} body
 * (boundary {@code fuzzboundary}) through the form parser and the form reader, and a JSON body
 * through the JSON reader. The contract: a body becomes a command or is refused with {@link
 * InvalidInputException} or {@link BadParameterException} (both 4xx problems); any other exception
 * or error escaping is a finding. In {@code mvn verify} only the seed corpus runs; {@code
 * scripts/fuzz.sh rest-multipart SECONDS} fuzzes for real.
 */
class RequestBodyFuzzTest {
  private static final String FORM = "multipart/form-data; boundary=fuzzboundary";
  private static final ValidationFormReader FORMS = new ValidationFormReader();
  private static final ValidationJsonReader JSON = new ValidationJsonReader(Routes.mapper());

  @FuzzTest
  void multipart(byte[] body) throws IOException {
    if (body == null) {
      return;
    }
    try {
      FORMS.read(FormParts.parse(FORM, body));
    } catch (InvalidInputException | BadParameterException expected) {
      // the documented answers to a bad body: 400 or 422
    }
  }

  @FuzzTest
  void json(byte[] body) {
    if (body == null) {
      return;
    }
    try {
      JSON.read(body);
    } catch (InvalidInputException | BadParameterException expected) {
      // the documented answers to a bad body: 400 or 422
    }
  }
}
