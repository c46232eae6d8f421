package io.edgecert.domain.certificate;

import java.util.List;

/**
 * The chain built from the supplied intermediates to a trust anchor: its status, the subject DNs from
 * the leaf to the last certificate reached, and the issuer that could not be found (null unless
 * {@link ChainStatus#INCOMPLETE}).
 */
public record ChainFacts(ChainStatus status, List<String> path, String missingIssuer) {

  public ChainFacts {
    path = List.copyOf(path);
  }

  /** For inputs that have no chain to check, such as a certificate request. */
  public static ChainFacts notChecked() {
    return new ChainFacts(ChainStatus.NOT_CHECKED, List.of(), null);
  }
}
