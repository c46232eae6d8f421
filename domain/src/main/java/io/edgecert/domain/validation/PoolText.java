package io.edgecert.domain.validation;

import java.util.List;
import java.util.stream.Collectors;

/** How the pool section names a copy in one line: member, thumbprint and key fingerprint. */
public final class PoolText {

  private PoolText() {}

  /** {@code edge1.contoso.net: 0A1B..., key SHA-256 12AB34CD...}, one per copy. */
  public static String holdings(List<MemberCopy> copies) {
    return copies.stream().map(PoolText::holding).collect(Collectors.joining("; "));
  }

  /** One member's copy: {@code edge1.contoso.net has 0A1B... (key 12AB34CD56EF7788)}. */
  public static String holding(MemberCopy copy) {
    return copy.member()
        + " has "
        + (copy.thumbprint() != null ? copy.thumbprint() : "(no thumbprint)")
        + " (key "
        + shortKey(copy)
        + ")";
  }

  /** The first 16 hex digits of the key's SHA-256, or the key's description. */
  public static String shortKey(MemberCopy copy) {
    String sha = copy.publicKeySha256();
    return sha != null && sha.length() > 16 ? sha.substring(0, 16) : copy.publicKey();
  }
}
