package io.edgecert.application.service;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hands out prepared evidence by source name and remembers how it was asked. */
final class FakeCertificateReader implements CertificateReader {
  private final Map<String, CertificateEvidence> evidence;
  final List<Instant> instants = new ArrayList<>();
  final List<TrustSettings> trusts = new ArrayList<>();

  FakeCertificateReader(Map<String, CertificateEvidence> evidence) {
    this.evidence = new HashMap<>(evidence);
  }

  /** Hands out {@code more} for {@code name} too. */
  void add(String name, CertificateEvidence more) {
    evidence.put(name, more);
  }

  @Override
  public CertificateEvidence read(CertificateSource source, TrustSettings trust, Instant at) {
    instants.add(at);
    trusts.add(trust);
    CertificateEvidence found = evidence.get(source.name());
    if (found == null) {
      throw new InvalidInputException(
          source.name(), InvalidInputException.Kind.MALFORMED, "not a certificate");
    }
    return found;
  }
}
