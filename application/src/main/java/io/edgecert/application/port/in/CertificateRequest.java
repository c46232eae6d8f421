package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.KeySpec;
import java.util.List;
import java.util.Objects;

/**
 * Output of {@link RequestUseCase}: the PEM request and the PEM PKCS#8 private key (encrypted
 * unless no passphrase was given), the planned names they carry, the equivalent
 * Request-CsCertificate line and the checklist for the admin. {@link #toString()} never shows the
 * key.
 */
public record CertificateRequest(
    CertificateRole role,
    String subjectName,
    List<String> dnsNames,
    KeySpec key,
    String csrPem,
    String privateKeyPem,
    boolean keyEncrypted,
    String requestCommand,
    List<String> checklist) {

  public CertificateRequest {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(csrPem, "csrPem");
    Objects.requireNonNull(privateKeyPem, "privateKeyPem");
    dnsNames = List.copyOf(dnsNames);
    checklist = List.copyOf(checklist);
  }

  @Override
  public String toString() {
    return "CertificateRequest["
        + role.code()
        + ", "
        + subjectName
        + ", "
        + dnsNames
        + ", "
        + key
        + ", keyEncrypted="
        + keyEncrypted
        + "]";
  }
}
