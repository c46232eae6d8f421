package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Fqdn;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationContext;

/** The check shared by EXT-SUBJECT-001 and INT-SUBJECT-001: the CN is the planned subject. */
final class SubjectNames {

  private SubjectNames() {}

  /**
   * Passes when the CN is the planned subject name.
   *
   * @param what what the planned name is, e.g. "Access Edge external FQDN"
   * @param note appended to a broken finding's message, e.g. why the name is recommended
   */
  static Finding matchPlanned(RuleId rule, ValidationContext context, String what, String note) {
    String expected = context.expected().subjectName();
    String actual = context.leaf().commonName();
    if (actual == null) {
      String message = "the subject has no CN; it should be the " + what + " " + expected + note;
      return Finding.broken(rule, message, expected, context.leaf().subjectDn());
    }
    if (Fqdn.same(expected, actual)) {
      return Finding.pass(rule, "the subject CN is the " + what, expected, actual);
    }
    String message = "the subject CN " + actual + " is not the " + what + " " + expected + note;
    return Finding.broken(rule, message, expected, actual);
  }
}
