package io.edgecert.cli;

import io.edgecert.domain.rules.SourceRegister;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.PoolRole;
import io.edgecert.domain.validation.ValidationReport;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Renders a validation report as JUnit XML for CI servers: a testsuite per certificate and a
 * testcase per finding; fail is a failure, not-applicable and not-yet-effective are skipped, and a
 * warning passes with its message in system-out.
 */
final class ReportJunit {
  private final ReportLabels labels;

  /** The JUnit XML of validate. */
  ReportJunit() {
    this(ReportLabels.VALIDATE);
  }

  /** JUnit XML whose suites and classes are named by {@code labels}. */
  ReportJunit(ReportLabels labels) {
    this.labels = labels;
  }

  String render(ValidationReport report) {
    StringWriter text = new StringWriter();
    try {
      XmlWriter xml = new XmlWriter(XMLOutputFactory.newFactory().createXMLStreamWriter(text));
      xml.document(() -> suites(xml, report));
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write JUnit XML", e);
    }
    return text + "\n";
  }

  private void suites(XmlWriter xml, ValidationReport report) throws XMLStreamException {
    xml.start("testsuites", 0).attribute("name", labels.suiteName());
    xml.attribute("tests", total(report)).attribute("failures", count(report, FindingStatus.FAIL));
    Map<String, Integer> seen = new HashMap<>();
    for (CertificateReport certificate : report.certificates()) {
      // the same file may be given twice, or hold two certificates of one role: number them
      int n = seen.merge(classname(certificate) + "\n" + certificate.file(), 1, Integer::sum);
      suite(xml, certificate, report, n == 1 ? certificate.file() : certificate.file() + " #" + n);
    }
    for (PoolRole role : report.pool()) {
      pool(xml, role, report);
    }
    xml.end(0);
  }

  /** The pool section of one role: a testsuite with the identity finding as its testcase. */
  private void pool(XmlWriter xml, PoolRole role, ValidationReport report)
      throws XMLStreamException {
    Finding f = role.finding();
    xml.start("testsuite", 1).attribute("name", ReportValues.poolTitle(role));
    xml.attribute("tests", 1).attribute("failures", f.status() == FindingStatus.FAIL ? 1 : 0);
    xml.attribute("errors", 0).attribute("skipped", isSkipped(f) ? 1 : 0);
    xml.attribute("timestamp", String.valueOf(report.at()));
    testcase(xml, "edgecert.pool." + role.role().code(), f.rule().id(), f);
    xml.end(1);
  }

  private void suite(XmlWriter xml, CertificateReport c, ValidationReport report, String file)
      throws XMLStreamException {
    xml.start("testsuite", 1).attribute("name", labels.title(c));
    xml.attribute("tests", c.findings().size()).attribute("failures", count(c, FindingStatus.FAIL));
    xml.attribute("errors", 0).attribute("skipped", skipped(c));
    xml.attribute("timestamp", String.valueOf(report.at()));
    for (Finding finding : c.findings()) {
      testcase(xml, c, finding, file);
    }
    xml.end(1);
  }

  /**
   * A test case is named by its rule and certificate file, so that names stay unique across the
   * files of one role (CI servers key test history on class name and name).
   */
  private void testcase(XmlWriter xml, CertificateReport c, Finding f, String file)
      throws XMLStreamException {
    testcase(xml, classname(c), f.rule().id() + " (" + file + ")", f);
  }

  private void testcase(XmlWriter xml, String classname, String name, Finding f)
      throws XMLStreamException {
    xml.start("testcase", 2).attribute("classname", classname);
    xml.attribute("name", name);
    if (f.status() == FindingStatus.FAIL) {
      xml.leaf("failure", f.message(), f.severity().code(), details(f));
    } else if (isSkipped(f)) {
      xml.leaf("skipped", f.status().code() + ": " + f.message(), null, null);
    } else if (f.status() == FindingStatus.WARN) {
      xml.leaf("system-out", null, null, "warn: " + f.message() + "\n" + details(f));
    }
    xml.end(-1);
  }

  private String classname(CertificateReport c) {
    return labels.classname(c);
  }

  private static String details(Finding f) {
    String values =
        ReportValues.showsValues(f)
            ? "expected: "
                + PlanValues.orNone(f.expected())
                + "\nactual: "
                + PlanValues.orNone(f.actual())
                + "\n"
            : "";
    StringBuilder sources = new StringBuilder("sources:\n");
    SourceRegister.resolve(f.sources())
        .forEach(source -> sources.append(CitedSources.lines(source, "  ")));
    return values + sources;
  }

  private static boolean isSkipped(Finding f) {
    return f.status() == FindingStatus.NOT_APPLICABLE
        || f.status() == FindingStatus.NOT_YET_EFFECTIVE;
  }

  private static long skipped(CertificateReport c) {
    return c.findings().stream().filter(ReportJunit::isSkipped).count();
  }

  private static long count(CertificateReport c, FindingStatus status) {
    return c.findings().stream().filter(f -> f.status() == status).count();
  }

  private static long count(ValidationReport report, FindingStatus status) {
    return ReportValues.counts(report).get(status);
  }

  private static long total(ValidationReport report) {
    return report.allFindings().count();
  }
}
