package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The export and key-inspection services hand each call to their port and return its answer. */
class ExportServiceTest {
  private static final Instant AT = Instant.parse("2025-06-01T12:00:00Z");

  /** Answers each call with the kind of document and what it was given. */
  private static final class NamingEncoder implements DocumentEncoder {
    @Override
    public String plan(CertificatePlan plan) {
      return "plan of " + plan.certificates().size() + " certificates";
    }

    @Override
    public String report(ValidationReport report) {
      return "report at " + report.at();
    }

    @Override
    public String reportLine(ValidationReport report) {
      return "line at " + report.at();
    }

    @Override
    public String rules(List<RuleId> rules) {
      return "rules " + rules;
    }

    @Override
    public String probe(ProbeReport report) {
      return "probe at " + report.at();
    }
  }

  private final ExportService export = new ExportService(new NamingEncoder());

  @Test
  void givenEachDocument_export_returnsWhatTheEncoderWrote() {
    CertificatePlan plan = EdgeSamples.plan(LocalDate.of(2025, 6, 1));
    ValidationReport report = new ValidationReport(AT, List.of());

    assertThat(export.planJson(plan))
        .isEqualTo("plan of " + plan.certificates().size() + " certificates");
    assertThat(export.reportJson(report)).isEqualTo("report at 2025-06-01T12:00:00Z");
    assertThat(export.reportLine(report)).isEqualTo("line at 2025-06-01T12:00:00Z");
    assertThat(export.rulesJson(List.of(RuleId.EXT_SAN_004))).isEqualTo("rules [EXT-SAN-004]");
    assertThat(export.probeJson(new ProbeReport(AT, List.of(), List.of())))
        .isEqualTo("probe at 2025-06-01T12:00:00Z");
  }

  @Test
  void givenAKeyFile_inspectKey_answersAsTheBuilderReadsIt() {
    InspectKeyService inspect = new InspectKeyService(new FakePkcs12Builder());

    assertThat(inspect.encrypted(file("edge-encrypted.key"))).isTrue();
    assertThat(inspect.encrypted(file("edge.key"))).isFalse();
  }

  private static InputFile file(String name) {
    return new InputFile(name, name.getBytes(StandardCharsets.UTF_8));
  }
}
