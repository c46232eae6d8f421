package io.edgecert.x509;

/**
 * The work one certificate input may cost while its chain is built: signature checks in all (every
 * issuer or anchor tried, the leaf's self-signature included) and candidate issuers tried for one
 * certificate (certificates that bear its issuer's name). A real chain needs a handful of each; a
 * hostile bundle of 1,500 same-named issuers with 16384-bit keys is refused (exit 2, 422) naming
 * the limit instead of holding the CPU for minutes. Tests inject small limits.
 */
record WorkLimits(int signatureChecks, int candidatesPerCertificate) {
  static final WorkLimits DEFAULT = new WorkLimits(64, 16);

  WorkLimits {
    if (signatureChecks < 1 || candidatesPerCertificate < 1) {
      throw new IllegalArgumentException("work limits must be positive");
    }
  }
}
