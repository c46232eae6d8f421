package io.edgecert.domain.topology;

import java.util.List;

/** XMPP federation: the XMPP-enabled domains and how they appear in the SAN. */
public record XmppFederation(List<Fqdn> domains, XmppSanStyle sanStyle) {

  public XmppFederation {
    domains = domains == null ? List.of() : List.copyOf(domains);
    sanStyle = sanStyle == null ? XmppSanStyle.DOMAIN : sanStyle;
  }
}
