package io.edgecert.domain.certificate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from one input: the leaf (the end-entity certificate, or the request), the other
 * certificates supplied with it, the chain status, and the private key facts when a key came along.
 *
 * @param request true when the input is a certificate request (PKCS#10), not a certificate
 * @param privateKey null when the input held no private key
 */
public record CertificateEvidence(
    String file,
    SourceFormat format,
    boolean request,
    CertificateFacts leaf,
    List<CertificateFacts> supplied,
    ChainFacts chain,
    PrivateKeyFacts privateKey) {

  public CertificateEvidence {
    Objects.requireNonNull(leaf, "leaf");
    supplied = List.copyOf(supplied);
    chain = chain == null ? ChainFacts.notChecked() : chain;
  }

  public Optional<PrivateKeyFacts> key() {
    return Optional.ofNullable(privateKey);
  }
}
