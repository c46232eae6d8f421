package io.edgecert.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ReportJunitTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static CliRun validateAsJunit(Path dir) throws IOException {
    String topology = Files.writeString(dir.resolve("t.yaml"), "version: 1").toString();
    String cert = Files.writeString(dir.resolve("c.pem"), "PEM").toString();
    return new CliRun(null, new FakeValidateUseCase(command -> ReportSamples.failing()))
        .run("validate", topology, cert, "--format", "junit");
  }

  @Test
  void givenFormatJunit_validate_writesASuitePerCertificateAndACasePerFinding(@TempDir Path dir)
      throws Exception {
    CliRun run = validateAsJunit(dir);
    Document xml = parse(run.out);

    assertThat(run.exitCode).isEqualTo(1);
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element external = (Element) suites.item(0);
    assertThat(external.getAttribute("name")).isEqualTo("edge.pfx (external)");
    assertThat(external.getAttribute("tests")).isEqualTo("3");
    assertThat(external.getAttribute("failures")).isEqualTo("1");
    assertThat(external.getAttribute("timestamp")).isEqualTo("2025-06-01T00:00:00Z");
  }

  @Test
  void givenFailAndWarn_junit_marksFailureAndKeepsWarningAsPassingWithOutput(@TempDir Path dir)
      throws Exception {
    Element external =
        (Element) parse(validateAsJunit(dir).out).getElementsByTagName("testsuite").item(0);
    NodeList cases = external.getElementsByTagName("testcase");

    Element fail = (Element) cases.item(1);
    assertThat(fail.getAttribute("name")).startsWith("EXT-SAN-004 (");
    assertThat(fail.getAttribute("classname")).isEqualTo("edgecert.external");
    Element failure = (Element) fail.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message"))
        .isEqualTo("sip.fabrikam.com is missing from the SAN");
    assertThat(failure.getAttribute("type")).isEqualTo("must");
    assertThat(failure.getTextContent())
        .contains("expected: sip.fabrikam.com", "sources:\n  S02: Certificate summary", "https://");

    Element warn = (Element) cases.item(2);
    assertThat(warn.getElementsByTagName("failure").getLength()).isZero();
    assertThat(warn.getElementsByTagName("system-out").item(0).getTextContent())
        .startsWith("warn: clientAuth may vanish at renewal <soon> & \"then\"");
    assertThat(((Element) cases.item(0)).getChildNodes().getLength()).isZero();
  }

  @Test
  void givenNotApplicable_junit_skipsTheCase() throws Exception {
    String xml = new ReportJunit().render(ReportSamples.passing());
    Element suite = (Element) parse(xml).getElementsByTagName("testsuite").item(0);

    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    Element skipped = (Element) suite.getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("not-applicable: no pool");
    assertThat(((Element) skipped.getParentNode()).getAttribute("name"))
        .startsWith("EXT-SAN-001 (");
  }
}
