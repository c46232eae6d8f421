package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificateRole;
import java.util.Objects;

/**
 * A certificate input as handed in: a name for messages, its bytes (PEM, DER, PKCS#7, PKCS#12 or a
 * PKCS#10 request), the PKCS#12 password (null when none was given), the role it is meant for (null
 * to let edgecert match it to a planned certificate) and the pool member it came from (an FQDN of
 * {@code edge.servers}; null when not said).
 */
public record CertificateSource(
    String name, byte[] content, char[] password, CertificateRole role, String member) {

  public CertificateSource {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(content, "content");
  }

  /** An input that does not say which pool member it came from. */
  public CertificateSource(String name, byte[] content, char[] password, CertificateRole role) {
    this(name, content, password, role, null);
  }

  @Override
  public String toString() {
    return "CertificateSource["
        + name
        + ", "
        + content.length
        + " bytes, role="
        + role
        + (member != null ? ", member=" + member : "")
        + "]";
  }
}
