package io.edgecert.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Driven adapter: writes plans, reports and rules in the JSON wire contract, pretty-printed with
 * two-space indents, a fixed field order and a trailing newline.
 */
public final class JacksonDocumentEncoder implements DocumentEncoder {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY = prettyPrinter();

  /** Writes plans token by token (jackson-core only: no tree, no ObjectMapper). */
  private static final JsonFactory STREAMS = new JsonFactory();

  /**
   * Made on first use: an ObjectMapper loads some 200 classes, which `plan` as text never needs.
   */
  private volatile ObjectWriter writer;

  private volatile ObjectWriter compact;

  @Override
  public String plan(CertificatePlan plan) {
    BufferRecycler buffers = STREAMS._getBufferRecycler();
    try (SegmentedStringWriter text = new SegmentedStringWriter(buffers)) {
      writePlan(plan, STREAMS.createGenerator(text));
      return text.getAndClear() + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * The bytes of {@link #plan} in UTF-8, written straight from the generator. Every text of a plan
   * is a name the validator accepted (ASCII) or the planner's own wording, so there is no lone
   * surrogate that the two ways could encode differently.
   */
  @Override
  public byte[] planUtf8(CertificatePlan plan) {
    BufferRecycler buffers = STREAMS._getBufferRecycler();
    try (ByteArrayBuilder bytes = new ByteArrayBuilder(buffers)) {
      writePlan(plan, STREAMS.createGenerator(bytes, JsonEncoding.UTF8));
      bytes.append('\n');
      return bytes.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      buffers.releaseToPool();
    }
  }

  /** Writes the plan pretty-printed and closes the generator (which flushes it). */
  private static void writePlan(CertificatePlan plan, JsonGenerator json) throws IOException {
    try (json) {
      json.setPrettyPrinter(PRETTY.createInstance());
      PlanJson.write(plan, json);
    }
  }

  @Override
  public String report(ValidationReport report) {
    return write(ReportJson.of(report));
  }

  @Override
  public String reportLine(ValidationReport report) {
    try {
      return compact().writeValueAsString(ReportJson.line(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  @Override
  public String rules(List<RuleId> rules) {
    return write(RulesJson.of(rules));
  }

  @Override
  public String probe(ProbeReport report) {
    return write(ProbeJson.of(report));
  }

  private String write(JsonNode tree) {
    try {
      return writer().writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  private ObjectWriter writer() {
    ObjectWriter current = writer;
    if (current == null) {
      current = new ObjectMapper().writer(PRETTY);
      writer = current;
    }
    return current;
  }

  private ObjectWriter compact() {
    ObjectWriter current = compact;
    if (current == null) {
      current = new ObjectMapper().writer();
      compact = current;
    }
    return current;
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
