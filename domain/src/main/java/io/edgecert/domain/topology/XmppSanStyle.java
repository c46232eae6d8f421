package io.edgecert.domain.topology;

import io.edgecert.domain.Coded;

/**
 * How XMPP domains appear in the SAN: the bare domain (S01/S07) or xmpp.&lt;d&gt; plus *.&lt;d&gt;
 * (S02-S06, K1).
 */
public enum XmppSanStyle implements Coded {
  DOMAIN("domain"),
  HOST_AND_WILDCARD("host-and-wildcard");

  private final String code;

  XmppSanStyle(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
