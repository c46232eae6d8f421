package io.edgecert.domain.topology;

import java.util.Set;

/**
 * The RSA key sizes in bits that the plan, the request and the certificate rules share, defined
 * once: GEN-KEY-001's documented sizes, GEN-KEY-002's recommended minimum (also the default and the
 * least a public CA issues), and the bounds outside which a size is refused outright.
 */
public final class RsaKeySizes {
  /** GEN-KEY-001 (S10, P1 -KeySize): the sizes Request-CsCertificate -KeySize offers. */
  public static final Set<Integer> DOCUMENTED = Set.of(1024, 2048, 4096);

  /** GEN-KEY-002: the recommended minimum, the wizard's default and the least public CAs issue. */
  public static final int RECOMMENDED = 2048;

  /** The smallest size a topology may name (GEN-KEY-001's smallest documented one). */
  public static final int MIN = 1024;

  /** The largest size edgecert accepts in a topology or a request. */
  public static final int MAX = 16384;

  private RsaKeySizes() {}
}
