Feature: A topology with mistakes is refused, with every mistake named
  edgecert reads the whole topology file and reports every problem it finds, each with its field,
  then stops: the command line exits with 2, the REST API answers 422 (400 when the file cannot be
  parsed at all). Nothing is planned from a file with problems (docs/topology.md).

  Scenario: Structural and topology mistakes are reported together
    Given the topology file:
      """yaml
      version: 1
      product: lync-2013
      sipDomains: [contoso.com, contoso.com, fabrikam_com]
      edge:
        layout: scaled-hlb
        addressing: nat
        acessEdge: sip.contoso.com
        webConferencingEdge: webcon
        internal: lsedge.contoso.net
        servers: [edge1.contoso.net]
      federation:
        sip: yes
        publicIm: [aol, icq]
      """
    When the certificates are planned
    Then the topology is refused with these problems:
      | field                    | problem                                              |
      | sipDomains[1]            | "contoso.com" is listed twice                        |
      | sipDomains[2]            | "fabrikam_com" is not a valid FQDN                   |
      | edge.accessEdge          | is required                                          |
      | edge.addressing          | nat is not supported with scaled-hlb                 |
      | edge.acessEdge           | unknown key "acessEdge" (did you mean "accessEdge"?) |
      | edge.webConferencingEdge | "webcon" is not a valid FQDN                         |
      | edge.servers             | a scaled-hlb pool needs at least 2 Edge Servers      |
      | federation.sip           | expected true or false, found a string               |
      | federation.publicIm[1]   | unknown value "icq"                                  |

  Scenario: A JSON topology that is not valid JSON names the line and column
    Given the topology file:
      """json
      { "version": 1, "sipDomains": ["contoso.com"], }
      """
    When the certificates are planned
    Then the topology is refused with these problems:
      | field        | problem                     |
      | (whole file) | not valid JSON at column 48 |

  Scenario: A YAML topology that is not valid YAML names the line and column
    Given the topology file:
      """yaml
      version: 1
      sipDomains: [contoso.com
      edge:
        layout: single
      """
    When the certificates are planned
    Then the topology is refused with these problems:
      | field        | problem                  |
      | (whole file) | not valid YAML at column |
