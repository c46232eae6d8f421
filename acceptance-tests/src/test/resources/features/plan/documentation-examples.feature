# Reading the tables: README.md in this folder.

Feature: The example topologies of docs/examples plan to their page's certificates
  docs/topology.md promises that each example, named after its documentation page, gives that
  page's certificate table. Here each example file is planned as an administrator hands it in,
  one scenario a page; each table has a column a certificate (external, then internal).

  Scenario: S01 SIP, XMPP federation, and public instant messaging (s01-sip-xmpp-pic.yaml)
    Given the example topology "docs/examples/s01-sip-xmpp-pic.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge (External Edge)                                         | Single consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                                                  | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, contoso.com, sip.fabrikam.com, fabrikam.com | No SAN required                          |
      | EKU          | Server + Client                                                                  | Server                                   |
      | CA           | Public                                                                           | Public or private                        |
      | Notes        | exportable key                                                                   |                                          |

  Scenario Outline: S02 Single consolidated edge with private IP addresses using NAT (<file>)
    Given the example topology "docs/examples/<file>"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge (External Edge)              | Single consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                       | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server                                                | Server                                   |
      | CA           | Public                                                | Public or private                        |
      | Notes        | exportable key                                        |                                          |

    Examples:
      | file                     |
      | s02-single-edge-nat.yaml |
      | s02-single-edge-nat.json |

  Scenario: S03 Single consolidated edge with public IP addresses (s03-single-edge-public.yaml)
    Given the example topology "docs/examples/s03-single-edge-public.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge (External Edge)              | Single consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                       | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server                                                | Server                                   |
      | CA           | Public                                                | Public or private                        |
      | Notes        | exportable key                                        |                                          |

  Scenario: S04 Scaled consolidated edge, DNS load balancing with private IP addresses using NAT (s04-scaled-dns-nat.yaml)
    Given the example topology "docs/examples/s04-scaled-dns-nat.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Scaled consolidated Edge (External Edge)              | Scaled consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                       | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server                                                | Server                                   |
      | CA           | Public                                                | Public or private                        |
      | Notes        | exportable key, shared by pool members                | exportable key, shared by pool members   |

  Scenario: S05 Scaled consolidated edge, DNS load balancing with public IP addresses (s05-scaled-dns-public.yaml)
    Given the example topology "docs/examples/s05-scaled-dns-public.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Scaled consolidated Edge (External Edge)              | Scaled consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                       | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server                                                | Server                                   |
      | CA           | Public                                                | Public or private                        |
      | Notes        | exportable key, shared by pool members                | exportable key, shared by pool members   |

  Scenario: S06 Scaled consolidated edge with hardware load balancers (s06-scaled-hlb.yaml)
    Given the example topology "docs/examples/s06-scaled-hlb.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge Server (External Edge)       | Single consolidated Edge Server (Internal Edge) |
      | Subject name | sip.contoso.com                                       | lsedge.contoso.net                              |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                                 |
      | EKU          | Server                                                | Server                                          |
      | CA           | Public                                                | Public or private                               |
      | Notes        | exportable key, shared by pool members                | exportable key, shared by pool members          |

  Scenario: S07 XMPP federation (s07-xmpp.yaml)
    Given the example topology "docs/examples/s07-xmpp.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge (External Edge)                           | Single consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                                    | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server                                                             | Server                                   |
      | CA           | Public                                                             | Public or private                        |
      | Notes        | exportable key                                                     |                                          |

  Scenario: S08 Public instant messaging connectivity (s08-public-im.yaml)
    Given the example topology "docs/examples/s08-public-im.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge (External Edge)              | Single consolidated Edge (Internal Edge) |
      | Subject name | sip.contoso.com                                       | lsedge.contoso.net                       |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server + Client                                       | Server                                   |
      | CA           | Public                                                | Public or private                        |
      | Notes        | exportable key                                        |                                          |

  Scenario: S13 Certificate requirements for external user access (s13-external-access.yaml)
    Given the example topology "docs/examples/s13-external-access.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | Single consolidated Edge (External Edge)                                  | Single consolidated Edge (Internal Edge) |
      | Subject name | access.contoso.com                                                        | lsedge.contoso.com                       |
      | SANs         | access.contoso.com, sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required                          |
      | EKU          | Server                                                                    | Server                                   |
      | CA           | Public                                                                    | Public or private                        |
      | Notes        | exportable key                                                            |                                          |

  Scenario: K1 Skype for Business Server 2015/2019 Edge (k1-sfb-edge.yaml)
    Given the example topology "docs/examples/k1-sfb-edge.yaml"
    When the certificates are planned
    Then the plan has these certificates, one column each:
      | Component    | External Edge                                         | Internal Edge       |
      | Subject name | sip.contoso.com                                       | sfbedge.contoso.com |
      | SANs         | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | No SAN required     |
      | EKU          | Server                                                | Server              |
      | CA           | Public                                                | Public or private   |
      | Notes        |                                                       |                     |
