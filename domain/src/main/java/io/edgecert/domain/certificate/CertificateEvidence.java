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
 * @param requestSignatureValid for a request, whether its self-signature verifies with its own
 *     public key (proof of possession, RFC 2986); null when not checked (a certificate)
 */
public record CertificateEvidence(
    String file,
    SourceFormat format,
    boolean request,
    CertificateFacts leaf,
    List<CertificateFacts> supplied,
    ChainFacts chain,
    PrivateKeyFacts privateKey,
    Boolean requestSignatureValid) {

  public CertificateEvidence {
    Objects.requireNonNull(leaf, "leaf");
    supplied = List.copyOf(supplied);
    chain = chain == null ? ChainFacts.notChecked() : chain;
  }

  /** Evidence whose request signature was not checked (every certificate). */
  public CertificateEvidence(
      String file,
      SourceFormat format,
      boolean request,
      CertificateFacts leaf,
      List<CertificateFacts> supplied,
      ChainFacts chain,
      PrivateKeyFacts privateKey) {
    this(file, format, request, leaf, supplied, chain, privateKey, null);
  }

  /** The same evidence read from an input named {@code file} (the same bytes sent by another). */
  public CertificateEvidence named(String file) {
    return new CertificateEvidence(
        file, format, request, leaf, supplied, chain, privateKey, requestSignatureValid);
  }

  public Optional<PrivateKeyFacts> key() {
    return Optional.ofNullable(privateKey);
  }
}
