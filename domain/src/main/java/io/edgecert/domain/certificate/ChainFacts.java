package io.edgecert.domain.certificate;

import java.util.List;

/**
 * The chain built from the supplied intermediates to a trust anchor: its status, the subject DNs from
 * the leaf to the last certificate reached, and the issuer that could not be found (null unless
 * {@link ChainStatus#INCOMPLETE}).
 *
 * @param issuerSignatureMismatch true when a certificate named like the missing issuer was supplied
 *     or trusted, but its key does not verify the signature of the last certificate reached
 */
public record ChainFacts(
    ChainStatus status, List<String> path, String missingIssuer, boolean issuerSignatureMismatch) {

  public ChainFacts {
    path = List.copyOf(path);
  }

  /** A chain whose missing issuer, if any, was not found by name either. */
  public ChainFacts(ChainStatus status, List<String> path, String missingIssuer) {
    this(status, path, missingIssuer, false);
  }

  /** For inputs that have no chain to check, such as a certificate request. */
  public static ChainFacts notChecked() {
    return new ChainFacts(ChainStatus.NOT_CHECKED, List.of(), null);
  }
}
