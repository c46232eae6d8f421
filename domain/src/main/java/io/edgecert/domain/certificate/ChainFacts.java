package io.edgecert.domain.certificate;

import java.util.List;

/**
 * The chain built from the supplied intermediates to a trust anchor: its status, the subject DNs
 * from the leaf to the last certificate reached, and the issuer that could not be found (null
 * unless {@link ChainStatus#INCOMPLETE}).
 *
 * @param gap why an incomplete chain stops: the issuer not supplied, found with another key, or a
 *     supplied root that is not trusted ({@link ChainGap#NONE} for a complete chain)
 */
public record ChainFacts(
    ChainStatus status, List<String> path, String missingIssuer, ChainGap gap) {

  public ChainFacts {
    path = List.copyOf(path);
    gap = gap != null ? gap : ChainGap.NONE;
  }

  /** A chain whose missing issuer, if any, was simply not supplied. */
  public ChainFacts(ChainStatus status, List<String> path, String missingIssuer) {
    this(
        status,
        path,
        missingIssuer,
        status == ChainStatus.INCOMPLETE ? ChainGap.ISSUER_NOT_SUPPLIED : ChainGap.NONE);
  }

  /** For inputs that have no chain to check, such as a certificate request. */
  public static ChainFacts notChecked() {
    return new ChainFacts(ChainStatus.NOT_CHECKED, List.of(), null, ChainGap.NONE);
  }
}
