package io.edgecert.domain.validation.rules;

import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** The frame of GEN-KEY-001 and GEN-KEY-002: RSA keys only, judged by their modulus size. */
abstract class RsaKeySizeCheck implements CertificateRule {

  /** Judges an RSA key of {@code bits}; {@code actual} describes it for the finding. */
  abstract Finding judge(int bits, String actual);

  @Override
  public List<Precondition> preconditions() {
    return List.of(KeyAlgorithms.RSA_KEY);
  }

  @Override
  public Finding check(ValidationContext context) {
    int bits = context.leaf().publicKey().bits();
    return judge(bits, "RSA " + bits + " bits");
  }
}
