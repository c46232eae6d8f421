package io.edgecert.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Driven adapter: writes plans, reports, probe reports and rules in the JSON wire contract,
 * pretty-printed with two-space indents, a fixed field order and a trailing newline (the report
 * line: compact, on one line, without a newline). Every document is written token by token with a
 * jackson-core generator: no tree, no ObjectMapper.
 */
public final class JacksonDocumentEncoder implements DocumentEncoder {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  @Override
  public String plan(CertificatePlan plan) {
    return pretty(json -> PlanJson.write(plan, json));
  }

  /**
   * The bytes of {@link #plan} in UTF-8, written straight from the generator. Every text of a plan
   * is a name the validator accepted (ASCII) or the planner's own wording, so there is no lone
   * surrogate that the two ways could encode differently.
   */
  @Override
  public byte[] planUtf8(CertificatePlan plan) {
    BufferRecycler buffers = JsonTokens.STREAMS._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      try (JsonGenerator json = JsonTokens.STREAMS.createGenerator(bytes, JsonEncoding.UTF8)) {
        json.setPrettyPrinter(PRETTY.createInstance());
        PlanJson.write(plan, json);
      }
      bytes.append('\n');
      return bytes.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffers.releaseToPool();
    }
  }

  @Override
  public String report(ValidationReport report) {
    return pretty(json -> ReportJson.write(report, json));
  }

  @Override
  public String reportLine(ValidationReport report) {
    return JsonTokens.text(json -> ReportJson.writeLine(report, json), null);
  }

  @Override
  public String rules(List<RuleId> rules) {
    return pretty(json -> RulesJson.write(rules, json));
  }

  @Override
  public String probe(ProbeReport report) {
    return pretty(json -> ProbeJson.write(report, json));
  }

  private static String pretty(JsonTokens.Document document) {
    return JsonTokens.text(document, PRETTY.createInstance()) + "\n";
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(INDENT)
        .withArrayIndenter(INDENT);
  }
}
