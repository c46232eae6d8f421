package io.edgecert.domain.probe;

import java.util.regex.Pattern;

/**
 * Whether a host as written is an IPv4 or IPv6 address literal rather than a name: it resolves to
 * itself without DNS, is never sent as SNI and is never looked for among a certificate's SANs.
 */
public final class AddressLiteral {
  private static final Pattern ADDRESS =
      Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*");

  private AddressLiteral() {}

  /** True when {@code host} is written as an IPv4 (dotted quad) or IPv6 (with colons) address. */
  public static boolean matches(String host) {
    return ADDRESS.matcher(host).matches();
  }
}
