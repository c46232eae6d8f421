package io.edgecert.domain.certificate;

/** Why a chain stops short of a trusted root. */
public enum ChainGap {
  /** The chain is complete, or was not checked. */
  NONE,
  /** No supplied or trusted certificate bears the missing issuer's name. */
  ISSUER_NOT_SUPPLIED,
  /** A certificate named like the issuer was found, but its key does not verify the signature. */
  ISSUER_KEY_MISMATCH,
  /** The chain reaches a self-signed root that was supplied but is not trusted. */
  ROOT_NOT_TRUSTED
}
