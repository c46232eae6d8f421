package io.edgecert.domain.validation;

import java.time.Instant;
import java.util.Objects;

/**
 * One Edge pool member's copy of a certificate: the member (its FQDN from {@code edge.servers}, or
 * the file name when none was given), the file, and what identifies the certificate. Nullable:
 * {@code thumbprint}, {@code issuer}, {@code serialNumber} and {@code notAfter} (a request).
 *
 * @param publicKey the key as a reader sees it, e.g. {@code RSA 2048 bits}
 * @param publicKeySha256 the SHA-256 of the SubjectPublicKeyInfo, upper-case hex; null if unknown
 */
public record MemberCopy(
    String member,
    String file,
    String thumbprint,
    String publicKey,
    String publicKeySha256,
    String issuer,
    String serialNumber,
    Instant notAfter) {

  public MemberCopy {
    Objects.requireNonNull(member, "member");
  }
}
