package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * EXT-EKU-004 (appendix Z): the plan needs clientAuth and the certificate comes from a public CA,
 * and public CAs are removing clientAuth from TLS certificates, so a renewal may lack it. The
 * cut-offs are read as of the evaluation instant and, where the issuer names one, for that CA.
 */
final class ClientAuthRenewalRisk implements CertificateRule {

  /** A public CA, named as in its issuer DNs, and the date it stops issuing clientAuth. */
  record Cutoff(String authority, LocalDate date) {

    /** {@code Sectigo from 2026-05-15}, or {@code since} once the day has come. */
    String asOf(LocalDate day) {
      return authority + (day.isBefore(date) ? " from " : " since ") + date;
    }
  }

  static final List<Cutoff> CUTOFFS =
      List.of(
          new Cutoff("Let's Encrypt", LocalDate.of(2026, 5, 13)),
          new Cutoff("Sectigo", LocalDate.of(2026, 5, 15)),
          new Cutoff("DigiCert", LocalDate.of(2027, 3, 1)));

  static final LocalDate CHROME_SERVER_AUTH_ONLY = LocalDate.of(2027, 3, 15);

  @Override
  public RuleId id() {
    return RuleId.EXT_EKU_004;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(
        Precondition.when(
            c -> c.expected().requires(ExtendedKeyUsage.CLIENT_AUTH),
            "the plan calls for no Client Authentication"),
        Preconditions.issued("issuer chain"),
        Precondition.when(
            c -> c.chainStatus() == ChainStatus.PUBLIC_ROOT,
            "the certificate does not come from a public CA"));
  }

  @Override
  public Finding check(ValidationContext context) {
    LocalDate day = LocalDate.ofInstant(context.at(), ZoneOffset.UTC);
    String cutoffs =
        cutoffsFor(context.leaf().issuerDn()).stream()
            .map(cutoff -> cutoff.asOf(day))
            .collect(Collectors.joining(", "));
    return Finding.broken(
        id(),
        "public CAs are removing Client Authentication from TLS certificates ("
            + cutoffs
            + "; Chrome wants serverAuth-only leaves issued from "
            + CHROME_SERVER_AUTH_ONLY
            + "), so a renewal may lack it; only AOL public IM connectivity (ended 2014-06-30)"
            + " needs it",
        "a renewal path that keeps Client Authentication",
        context.leaf().issuerDn());
  }

  /** The cut-offs of the CA the issuer DN names; all of them when it names none. */
  private static List<Cutoff> cutoffsFor(String issuerDn) {
    String issuer = issuerDn == null ? "" : issuerDn.toLowerCase(Locale.ROOT);
    List<Cutoff> named =
        CUTOFFS.stream()
            .filter(cutoff -> issuer.contains(cutoff.authority().toLowerCase(Locale.ROOT)))
            .toList();
    return named.isEmpty() ? CUTOFFS : named;
  }
}
