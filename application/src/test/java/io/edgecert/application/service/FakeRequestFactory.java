package io.edgecert.application.service;

import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.application.port.out.RequestFactory;
import io.edgecert.domain.plan.PlannedCertificate;

/** A request factory that remembers what it was asked for and hands back marker texts. */
final class FakeRequestFactory implements RequestFactory {
  PlannedCertificate certificate;
  SubjectFields subject;
  char[] passphrase;

  @Override
  public GeneratedRequest create(
      PlannedCertificate certificate, SubjectFields subject, char[] passphrase) {
    this.certificate = certificate;
    this.subject = subject;
    this.passphrase = passphrase;
    return new GeneratedRequest(
        "CSR of " + certificate.subjectName(), passphrase == null ? "PLAIN KEY" : "ENCRYPTED KEY");
  }
}
