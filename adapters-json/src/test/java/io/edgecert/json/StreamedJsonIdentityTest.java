package io.edgecert.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Member;
import io.edgecert.domain.probe.MemberReport;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.ProbeReport;
import io.edgecert.domain.probe.SrvLookup;
import io.edgecert.domain.probe.SrvRecord;
import io.edgecert.domain.probe.SrvReport;
import io.edgecert.domain.probe.SrvService;
import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.rules.Severity;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.CertificateValidator;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.MemberCopy;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.rules.CertificateRules;
import io.edgecert.domain.validation.testing.ContextBuilder;
import io.edgecert.domain.validation.testing.FactsBuilder;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streamed encoder writes, character for character, what the tree-building encoder it replaced
 * wrote ({@link TreeOracle}): the report (pretty), the report line (compact), the rule catalogue
 * and the probe report, for every status and severity, absent and present values, sources cited
 * several times, texts that need JSON escapes or are not ASCII, and empty lists.
 */
class StreamedJsonIdentityTest {
  private static final Instant AT = Instant.parse("2026-11-25T10:15:30Z");

  /** Texts a report may carry from a file name, a certificate or a rule's wording. */
  private static final List<String> AWKWARD =
      List.of(
          "",
          "plain ASCII",
          "quote \" and backslash \\ and slash /",
          "controls \u0000 \u0001 \b \t \n \f \r \u001f \u007f end",
          "line separators \u2028 and \u2029",
          "lone surrogates \uD800 and \uDC00 and reversed \uDC00\uD800",
          "a pair \uD83D\uDE00 (emoji)",
          "non-ASCII: Zürich, Łódź, 東京, Ελλάδα, \u00a0nbsp",
          "</script><!-- & ' -->",
          "CN=\"Contoso, Ltd\",O=Contoso\\, Inc");

  private final JacksonDocumentEncoder encoder = new JacksonDocumentEncoder();

  static Stream<ValidationReport> reports() {
    List<ValidationReport> reports = new ArrayList<>();
    reports.add(new ValidationReport(AT, List.of()));
    reports.add(new ValidationReport(null, List.of()));
    reports.add(
        new ValidationReport(
            AT, List.of(new CertificateReport(null, null, null, null, List.of()))));
    reports.add(validated());
    reports.add(everyStatusAndSeverity());
    reports.add(awkwardTexts());
    reports.add(pooled());
    Random random = new Random(20261203L);
    for (int i = 0; i < 40; i++) {
      reports.add(random(random));
    }
    return reports.stream();
  }

  @ParameterizedTest
  @MethodSource("reports")
  void report_writesWhatTheTreeWrote(ValidationReport report) {
    assertThat(encoder.report(report)).isEqualTo(TreeOracle.report(report));
  }

  @ParameterizedTest
  @MethodSource("reports")
  void reportLine_writesWhatTheTreeWrote_onOneLine(ValidationReport report) {
    String line = encoder.reportLine(report);

    assertThat(line).isEqualTo(TreeOracle.reportLine(report)).doesNotContain("\n");
  }

  @Test
  void rules_writeWhatTheTreeWrote_forTheCatalogueAndForNone() {
    assertThat(encoder.rules(List.of(RuleId.values())))
        .isEqualTo(TreeOracle.rules(List.of(RuleId.values())));
    assertThat(encoder.rules(List.of())).isEqualTo(TreeOracle.rules(List.of()));
  }

  @Test
  void probe_writesWhatTheTreeWrote() {
    for (ProbeReport report : probes()) {
      assertThat(encoder.probe(report)).isEqualTo(TreeOracle.probe(report));
    }
  }

  /**
   * A compact generator that escapes non-ASCII is not handed the references' ready text (written by
   * a generator that does not): the en dash of a reference's title comes out escaped too.
   */
  @Test
  void writeLine_toAGeneratorThatEscapesNonAscii_escapesTheReferencesToo() throws Exception {
    ValidationReport report = validated();
    StringWriter escaped = new StringWriter();
    JsonFactory factory = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    try (JsonGenerator json = factory.createGenerator(escaped)) {
      ReportJson.writeLine(report, json);
    }
    ObjectMapper mapper = new ObjectMapper(factory);
    String line = encoder.reportLine(report);

    assertThat(line).contains("\u2013");
    assertThat(escaped.toString())
        .isEqualTo(mapper.writeValueAsString(mapper.readTree(line)))
        .doesNotContain("\u2013")
        .contains("\\u2013");
  }

  /** Pins the escaping itself, so that the oracle and the encoder cannot drift together. */
  @Test
  void reportLine_escapesQuotesBackslashesAndControls_andKeepsOtherTextsAsTheyAre()
      throws Exception {
    Finding finding =
        new Finding(
            RuleId.EXT_SAN_004,
            FindingStatus.WARN,
            Severity.SHOULD,
            "a \"b\" \\ \u0001\n\u2028é",
            null,
            "x",
            List.of());
    ValidationReport report =
        new ValidationReport(
            AT,
            List.of(
                new CertificateReport(
                    CertificateRole.EXTERNAL, "f.pem", null, "AB", List.of(finding))));

    String line = encoder.reportLine(report);

    assertThat(line)
        .isEqualTo(
            "{\"verdict\":\"pass\",\"at\":\"2026-11-25T10:15:30Z\",\"certificates\":[{\"role\":"
                + "\"external\",\"file\":\"f.pem\",\"subjectName\":null,\"thumbprint\":\"AB\","
                + "\"verdict\":\"pass\",\"findings\":[{\"rule\":\"EXT-SAN-004\",\"status\":"
                + "\"warn\",\"severity\":\"should\",\"message\":\"a \\\"b\\\" \\\\ \\u0001\\n"
                + "\u2028é\",\"expected\":null,\"actual\":\"x\",\"sources\":[]}]}],"
                + "\"references\":[]}");
    assertThat(new ObjectMapper().readTree(line).at("/certificates/0/findings/0/message").asText())
        .isEqualTo(finding.message());
  }

  /** The reports of the whole rule set on good and broken certificates, in one report. */
  private static ValidationReport validated() {
    CertificateValidator validator = new CertificateValidator(CertificateRules.ALL);
    return new ValidationReport(
        AT,
        List.of(
            validator.validate(ContextBuilder.external().build()),
            validator.validate(ContextBuilder.internal().build()),
            validator.validate(ContextBuilder.external().leaf(l -> l.commonName(null)).build()),
            validator.validate(
                ContextBuilder.external().leaf(FactsBuilder::certificateAuthority).build()),
            validator.validate(ContextBuilder.external().request().build())));
  }

  private static ValidationReport everyStatusAndSeverity() {
    List<Finding> findings = new ArrayList<>();
    RuleId[] rules = RuleId.values();
    int i = 0;
    for (FindingStatus status : FindingStatus.values()) {
      for (Severity severity : Severity.values()) {
        RuleId rule = rules[i++ % rules.length];
        findings.add(
            new Finding(
                rule, status, severity, status + " " + severity, null, null, rule.sourceList()));
        findings.add(
            new Finding(
                rule, status, severity, "with values", "wanted", "seen", rule.sourceList()));
        findings.add(new Finding(rule, status, severity, "expected only", "w", null, List.of()));
        findings.add(new Finding(rule, status, severity, "actual only", null, "s", List.of()));
      }
    }
    int half = findings.size() / 2;
    return new ValidationReport(
        AT,
        List.of(
            new CertificateReport(
                CertificateRole.EXTERNAL,
                "a.pfx",
                "sip.contoso.com",
                "AB12",
                findings.subList(0, half)),
            new CertificateReport(
                CertificateRole.INTERNAL,
                "b.pem",
                "edge.contoso.net",
                "CD34",
                findings.subList(half, findings.size()))));
  }

  private static ValidationReport awkwardTexts() {
    List<CertificateReport> certificates = new ArrayList<>();
    for (String text : AWKWARD) {
      Finding finding =
          new Finding(
              RuleId.EXT_SAN_004,
              FindingStatus.FAIL,
              Severity.MUST,
              text,
              text,
              text,
              RuleId.EXT_SAN_004.sourceList());
      certificates.add(
          new CertificateReport(CertificateRole.EXTERNAL, text, text, text, List.of(finding)));
    }
    return new ValidationReport(AT, certificates);
  }

  private static ValidationReport pooled() {
    MemberCopy full =
        new MemberCopy(
            "edge1.contoso.net",
            "edge1.pfx",
            "1111111111111111111111111111111111111111",
            "RSA 2048 bits",
            "A".repeat(64),
            "CN=Issuing CA, O=\"Contoso\"",
            "01",
            Instant.parse("2026-12-31T00:00:00Z"));
    MemberCopy bare = new MemberCopy("edge2.contoso.net", null, null, null, null, null, null, null);
    Finding identical =
        Finding.broken(RuleId.EXT_POOL_001, "the copies differ", "one certificate", "two");
    Finding alone = Finding.notApplicable(RuleId.EXT_POOL_001, "only one member's copy");
    return new ValidationReport(
        AT,
        List.of(
            new CertificateReport(
                CertificateRole.EXTERNAL,
                "edge1.pfx",
                "sip.contoso.com",
                "11",
                List.of(identical, alone))),
        List.of(
            new PoolRole(CertificateRole.EXTERNAL, List.of(full, bare), List.of(), identical),
            new PoolRole(
                CertificateRole.INTERNAL,
                List.of(),
                List.of("edge3.contoso.net", "edge4.contoso.net"),
                alone)));
  }

  /** A report drawn at random: any characters, any statuses, sources of any rules. */
  private static ValidationReport random(Random random) {
    List<CertificateReport> certificates = new ArrayList<>();
    for (int c = random.nextInt(4); c > 0; c--) {
      List<Finding> findings = new ArrayList<>();
      for (int f = random.nextInt(6); f > 0; f--) {
        findings.add(randomFinding(random));
      }
      certificates.add(
          new CertificateReport(
              pick(random, CertificateRole.values()),
              text(random),
              text(random),
              text(random),
              findings));
    }
    List<PoolRole> pool = new ArrayList<>();
    for (int p = random.nextInt(3) - 1; p > 0; p--) {
      pool.add(
          new PoolRole(
              pick(random, CertificateRole.values()),
              List.of(
                  new MemberCopy(
                      "m" + random.nextInt(9),
                      text(random),
                      text(random),
                      text(random),
                      text(random),
                      text(random),
                      text(random),
                      random.nextBoolean() ? null : AT.plusSeconds(random.nextInt()))),
              random.nextBoolean() ? List.of() : List.of("other" + random.nextInt(9)),
              randomFinding(random)));
    }
    return new ValidationReport(random.nextInt(5) == 0 ? null : AT, certificates, pool);
  }

  private static Finding randomFinding(Random random) {
    RuleId rule = pick(random, RuleId.values());
    List<String> sources = rule.sourceList();
    if (random.nextBoolean()) {
      List<String> more = new ArrayList<>(sources);
      more.addAll(pick(random, RuleId.values()).sourceList());
      more.addAll(sources);
      sources = more;
    }
    String message = text(random);
    return new Finding(
        rule,
        pick(random, FindingStatus.values()),
        pick(random, Severity.values()),
        message == null ? "" : message,
        text(random),
        text(random),
        sources);
  }

  /** Null, or up to 12 characters from ASCII, controls, Latin-1, U+2028, surrogates or any. */
  private static String text(Random random) {
    if (random.nextInt(6) == 0) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(13); i > 0; i--) {
      text.append(
          switch (random.nextInt(6)) {
            case 0 -> (char) random.nextInt(0x20);
            case 1 -> (char) (0x20 + random.nextInt(0x60));
            case 2 -> (char) (0x80 + random.nextInt(0x80));
            case 3 -> (char) (0x2028 + random.nextInt(2));
            case 4 -> (char) (0xD800 + random.nextInt(0x800));
            default -> (char) random.nextInt(0x10000);
          });
    }
    return text.toString();
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static List<ProbeReport> probes() {
    Endpoint federation =
        new Endpoint(
            "sip.contoso.com",
            5061,
            ProbeProtocol.TLS,
            CertificateRole.EXTERNAL,
            "SIP federation",
            null,
            List.of("_sipfederationtls._tcp.contoso.com", "_sip._tls.contoso.com"));
    Endpoint xmpp =
        new Endpoint(
            "xmpp.contoso.com",
            5269,
            ProbeProtocol.XMPP,
            CertificateRole.EXTERNAL,
            "XMPP \"federation\" \u2028",
            "contoso.com",
            List.of());
    Endpoint tcp =
        new Endpoint("av.contoso.com", 3478, ProbeProtocol.TCP, null, "A/V", null, List.of());
    Finding srvMissing =
        Finding.broken(RuleId.DNS_SRV_001, "no record", "an SRV record", "NXDOMAIN");
    Finding resolves = Finding.pass(RuleId.DNS_A_001, "resolves", "an address", "127.0.0.2");
    Observation handshake =
        new Observation(
            "192.0.2.10",
            true,
            List.of(),
            TlsVersion.TLS_1_2,
            "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
            Set.of(TlsVersion.TLS_1_3, TlsVersion.TLS_1_0, TlsVersion.TLS_1_2),
            true,
            null,
            null);
    Observation starttls =
        new Observation(
            "2001:db8::1",
            true,
            List.of(),
            null,
            null,
            Set.of(),
            false,
            new Observation.StartTls(true, false, "stream closed: \"bye\""),
            "no handshake");
    return List.of(
        new ProbeReport(AT, List.of(), List.of()),
        new ProbeReport(
            AT,
            List.of(
                new SrvReport(
                    new SrvLookup(SrvService.SIP_FEDERATION, "contoso.com", List.of(), "NXDOMAIN"),
                    List.of(srvMissing)),
                new SrvReport(
                    new SrvLookup(
                        SrvService.XMPP_SERVER,
                        "contoso.com",
                        List.of(
                            new SrvRecord("xmpp.contoso.com", 5269, 0, 100),
                            new SrvRecord("xmpp2.contoso.com", 65535, 65535, 0)),
                        null),
                    List.of())),
            List.of(
                new MemberReport(
                    new Member(
                        federation,
                        true,
                        handshake,
                        List.of(
                            FactsBuilder.external().build(),
                            FactsBuilder.external().issuer("CN=Zürich \"Root\"").build())),
                    new CertificateReport(
                        CertificateRole.EXTERNAL,
                        federation.label(),
                        "sip.contoso.com",
                        "AB12",
                        List.of(resolves, srvMissing))),
                new MemberReport(
                    new Member(xmpp, true, starttls, List.of()),
                    new CertificateReport(
                        CertificateRole.EXTERNAL, xmpp.label(), null, null, List.of())),
                new MemberReport(
                    Member.unresolved(tcp, "NXDOMAIN"),
                    new CertificateReport(null, tcp.label(), null, null, List.of(resolves))))));
  }
}
