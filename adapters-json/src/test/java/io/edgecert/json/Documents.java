package io.edgecert.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.domain.InputProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads test documents through the real reader. */
final class Documents {
  static final String FULL_YAML =
      """
      version: 1
      product: sfb-2015
      sipDomains: [contoso.com, fabrikam.com]
      edge:
        layout: scaled-dns
        addressing: nat
        accessEdge: sip.contoso.com
        webConferencingEdge: webcon.contoso.com
        avEdge: av.contoso.com
        internal: lsedge.contoso.net
        servers:
          - edge1.contoso.net
          - edge2.contoso.net
      federation:
        sip: true
        xmpp:
          domains: [contoso.com]
          sanStyle: host-and-wildcard
        publicIm: [aol, yahoo]
      certificates:
        separateAvAuthentication: true
        requestedOffEdge: true
        keyAlgorithm: ecdh-p384
        keySize: 384
      hybrid:
        onlineSipDomains: [online.contoso.com]
      """;

  private Documents() {}

  /** Replaces (or adds) the value at an RFC 6901 pointer of a parsed document. */
  static void setAt(JsonNode document, String pointer, JsonNode value) {
    JsonPointer at = JsonPointer.compile(pointer);
    ((ObjectNode) document.at(at.head())).set(at.last().getMatchingProperty(), value);
  }

  static List<InputProblem> problemsOf(String yaml) {
    return yaml(yaml).problems();
  }

  static TopologyDocument yaml(String text) {
    return read(text, TopologySource.Syntax.YAML);
  }

  static TopologyDocument json(String text) {
    return read(text, TopologySource.Syntax.JSON);
  }

  static TopologyDocument auto(String text) {
    return read(text, TopologySource.Syntax.AUTO);
  }

  static TopologyDocument read(String text, TopologySource.Syntax syntax) {
    return read(text.getBytes(StandardCharsets.UTF_8), syntax);
  }

  static TopologyDocument read(byte[] content, TopologySource.Syntax syntax) {
    return new JacksonTopologyReader().read(new TopologySource("topology", content, syntax));
  }
}
