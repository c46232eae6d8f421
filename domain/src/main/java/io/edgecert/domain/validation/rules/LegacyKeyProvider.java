package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.certificate.PrivateKeyFacts;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/**
 * GEN-KEY-005 (appendix Z): the PKCS#12 key is marked for a legacy CryptoAPI (CSP) provider, not a
 * CNG/KSP one, which Lync reportedly rejects (third-party report, GEN-KEY-003).
 */
final class LegacyKeyProvider implements CertificateRule {

  private static final String EXPECTED = "a CryptoAPI (CSP) provider";

  @Override
  public RuleId id() {
    return RuleId.GEN_KEY_005;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Preconditions.HAS_KEY,
        Precondition.when(
            c -> c.evidence().key().map(k -> k.provider() != KeyProvider.UNKNOWN).orElse(false),
            "the PKCS#12 key names no known provider (CSP or CNG/KSP)"));
  }

  @Override
  public Finding check(ValidationContext context) {
    PrivateKeyFacts key = context.evidence().key().orElseThrow();
    String actual = key.provider().code() + ": " + key.providerName();
    if (key.provider() == KeyProvider.CSP) {
      return Finding.pass(
          id(), "the key is marked for a CryptoAPI (CSP) provider", EXPECTED, actual);
    }
    return Finding.broken(
        id(),
        "the key is marked for the CNG/KSP provider "
            + key.providerName()
            + "; Lync expects a CryptoAPI (CSP) key: import the PFX with a CSP, e.g. certutil"
            + " -csp \"Microsoft RSA SChannel Cryptographic Provider\" -importpfx",
        EXPECTED,
        actual);
  }
}
