package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plan JSON as UTF-8 bytes (what the REST API sends): the encoder's own bytes when it writes
 * them, else its text encoded in UTF-8.
 */
class PlanJsonUtf8Test {
  private static final CertificatePlan PLAN = EdgeSamples.plan(LocalDate.of(2025, 6, 1));

  /** Writes text only; "ü" is two bytes in UTF-8. */
  private static class TextEncoder implements DocumentEncoder {
    @Override
    public String plan(CertificatePlan plan) {
      return "plän of " + plan.certificates().size();
    }

    @Override
    public String report(ValidationReport report) {
      throw new AssertionError("not called");
    }

    @Override
    public String reportLine(ValidationReport report) {
      throw new AssertionError("not called");
    }

    @Override
    public String rules(List<RuleId> rules) {
      throw new AssertionError("not called");
    }

    @Override
    public String probe(ProbeReport report) {
      throw new AssertionError("not called");
    }
  }

  /** Writes its bytes itself, which differ from its text. */
  private static final class ByteEncoder extends TextEncoder {
    @Override
    public byte[] planUtf8(CertificatePlan plan) {
      return new byte[] {'b', (byte) plan.certificates().size()};
    }
  }

  @Test
  void givenAnEncoderOfText_planJsonUtf8_isTheTextInUtf8() {
    byte[] bytes = new ExportService(new TextEncoder()).planJsonUtf8(PLAN);

    assertThat(bytes)
        .isEqualTo(("plän of " + PLAN.certificates().size()).getBytes(StandardCharsets.UTF_8));
    assertThat(bytes).hasSize("plän of ".length() + 2);
  }

  @Test
  void givenAnEncoderOfBytes_planJsonUtf8_isItsBytes() {
    assertThat(new ExportService(new ByteEncoder()).planJsonUtf8(PLAN))
        .containsExactly('b', PLAN.certificates().size());
  }

  @Test
  void givenAUseCaseOfText_planJsonUtf8_isItsPlanJsonInUtf8() {
    // a use case whose only answer is its planJson text; its planJsonUtf8 is the interface's own
    InvocationHandler handler =
        (proxy, method, arguments) ->
            method.isDefault()
                ? InvocationHandler.invokeDefault(proxy, method, arguments)
                : "plän JSON";
    ExportUseCase text =
        (ExportUseCase)
            Proxy.newProxyInstance(
                ExportUseCase.class.getClassLoader(),
                new Class<?>[] {ExportUseCase.class},
                handler);

    assertThat(text.planJsonUtf8(PLAN)).isEqualTo("plän JSON".getBytes(StandardCharsets.UTF_8));
  }
}
