package io.edgecert.application.service;

import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.domain.certificate.CertificateEvidence;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The chains one probe run read, by their bytes: the members of a pool present the same chain (that
 * is what EXT-POOL-001 asks), so a sweep reads each distinct chain once and gives every member the
 * same evidence under its own name. Safe for the run's concurrent members: a chain being read makes
 * the others that sent it wait for that reading instead of repeating it. A chain that cannot be
 * read is not kept (each member that sent it reports the failure itself).
 */
final class ChainReadings {
  private final CertificateReader reader;
  private final TrustSettings trust;
  private final Instant at;
  private final Map<List<ByteBuffer>, CertificateEvidence> read = new ConcurrentHashMap<>();

  ChainReadings(CertificateReader reader, TrustSettings trust, Instant at) {
    this.reader = reader;
    this.trust = trust;
    this.at = at;
  }

  /**
   * The evidence of {@code chain} as sent by the member named {@code name}.
   *
   * @throws io.edgecert.domain.InvalidInputException when the chain cannot be read
   */
  CertificateEvidence read(String name, List<byte[]> chain) {
    List<ByteBuffer> key = chain.stream().map(der -> ByteBuffer.wrap(der.clone())).toList();
    CertificateEvidence evidence =
        read.computeIfAbsent(key, k -> reader.read(PresentedChain.source(name, chain), trust, at));
    return name.equals(evidence.file()) ? evidence : evidence.named(name);
  }
}
