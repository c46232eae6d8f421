package io.edgecert.cli;

import io.edgecert.domain.rules.SourceReference;
import io.edgecert.domain.rules.SourceRegister;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sources that a report's failures and warnings cite, each once, resolved to page and date. */
final class CitedSources {

  private CitedSources() {}

  static List<SourceReference> of(ValidationReport report) {
    Map<String, SourceReference> sources = new LinkedHashMap<>();
    report.certificates().stream()
        .flatMap(c -> c.findings().stream())
        .filter(CitedSources::cites)
        .flatMap(f -> SourceRegister.resolve(f.sources()).stream())
        .forEach(source -> sources.putIfAbsent(source.key(), withoutNote(source)));
    return List.copyOf(sources.values());
  }

  /** Failures and warnings send the reader to their sources; passes do not. */
  static boolean cites(Finding finding) {
    return finding.status() == FindingStatus.FAIL || finding.status() == FindingStatus.WARN;
  }

  /** "S13: Certificate requirements ..., last-modified 2016-03-29" and, indented, its URL. */
  static String lines(SourceReference source, String indent) {
    return indent + source.describe() + "\n" + indent + "  " + source.url() + "\n";
  }

  private static SourceReference withoutNote(SourceReference s) {
    return new SourceReference(s.key(), s.title(), s.url(), s.date(), s.dateKind(), "");
  }
}
