package io.edgecert.json;

import io.edgecert.domain.topology.PublicImProvider;
import io.edgecert.domain.topology.TopologyDraft.FederationDraft;
import io.edgecert.domain.topology.TopologyDraft.XmppDraft;
import io.edgecert.domain.topology.XmppSanStyle;
import java.util.List;

/** Maps the {@code federation} section: SIP federation, XMPP federation and public IM providers. */
final class FederationMapping {
  static final List<String> KEYS = List.of("sip", "xmpp", "publicIm");
  static final List<String> XMPP_KEYS = List.of("domains", "sanStyle");

  private final Fields fields;
  private final ListFields lists;

  FederationMapping(Fields fields, ListFields lists) {
    this.fields = fields;
    this.lists = lists;
  }

  /** The federation, or null (none) when the section is missing or not a mapping. */
  FederationDraft read(Located at) {
    Located federation = fields.mapping(at, KEYS);
    if (federation == null) {
      return null;
    }
    return new FederationDraft(
        fields.flag(federation.child("sip")),
        xmpp(fields.mapping(federation.child("xmpp"), XMPP_KEYS)),
        lists.codes(federation.child("publicIm"), "provider", PublicImProvider.class));
  }

  private XmppDraft xmpp(Located xmpp) {
    if (xmpp == null) {
      return null;
    }
    return new XmppDraft(
        lists.names(xmpp.child("domains"), "domain name"),
        fields.code(xmpp.child("sanStyle"), XmppSanStyle.class));
  }
}
