# Reading the tables: README.md in this folder.

@S04
Feature: S04 Certificate summary - Scaled consolidated edge, DNS load balancing with private IP addresses using NAT
  TechNet Gg425921, worked example B.4 of the rule reference. Two Edge Servers with the external
  addresses 10.45.16.10/.20/.30 and 10.45.16.11/.21/.31 behind NAT; the pool names resolve to both
  (sip.contoso.com to 131.107.155.10 and .11, lsedge.contoso.net to 172.25.33.10 and .11). The
  page gives the members' addresses only: edge1/edge2.contoso.net are placeholders.
  "Exportable private key required": the external certificate is exported with its key and
  assigned on both nodes, the internal one too (INT-POOL-001). The public IM and XMPP tables do not
  repeat that note, but pool rules apply to every external certificate of a pool (AMB-17).

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a scaled consolidated Edge pool, DNS load balancing with private IP addresses using NAT, of edge1.contoso.net and edge2.contoso.net
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled

  # The page's table "Scaled Consolidated Edge using DNS Load Balancing with Private IP Addresses using NAT",
  # one scenario for each of its points.
  @EXT-USAGE-002 @EXT-SUBJECT-001 @INT-SUBJECT-001
  Scenario: An Edge pool has an external certificate for the Access Edge and an internal one, none for the A/V Edge
    When the certificates are planned
    Then the plan has these certificates:
      | Component                                | Subject name       |
      | Scaled consolidated Edge (External Edge) | sip.contoso.com    |
      | Scaled consolidated Edge (Internal Edge) | lsedge.contoso.net |

  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004 @POOL-001
  Scenario: The external certificate names the Access Edge, the Web Conferencing Edge and sip.<domain> of each SIP domain: the pool's names only
    When the certificates are planned
    Then the planned external certificate is:
      | Component                                | SANs                                                  |
      | Scaled consolidated Edge (External Edge) | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |

  @GEN-EKU-001 @EXT-CA-001 @EXT-KEY-001 @EXT-POOL-001
  Scenario: The external certificate is for servers, from a public CA, its exportable key shared by the pool members
    When the certificates are planned
    Then the planned external certificate is:
      | Component                                | EKU    | CA     | Notes                                  |
      | Scaled consolidated Edge (External Edge) | Server | Public | exportable key, shared by pool members |

  @INT-SAN-001 @INT-CA-001 @INT-POOL-001 @GEN-EKU-001
  Scenario: The internal certificate has no SAN, comes from a public or a private CA, its exportable key shared by the pool members
    When the certificates are planned
    Then the planned internal certificate is:
      | Component                                | SANs            | EKU    | CA                | Notes                                  |
      | Scaled consolidated Edge (Internal Edge) | No SAN required | Server | Public or private | exportable key, shared by pool members |

  @PIC-002 @EXT-EKU-002 @AMB-17 @AMB-19
  Scenario: Certificate Summary - Public Instant Messaging Connectivity
    Given public IM connectivity with AOL
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                  | EKU             | CA     | Notes                                  |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server + Client | Public | exportable key, shared by pool members |

  @XMPP-004 @WILD-002 @AMB-03 @AMB-17
  Scenario: Certificate Summary for Extensible Messaging and Presence Protocol
    Given XMPP federation for contoso.com, named by an XMPP host and a wildcard each
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                    | Subject name    | SANs                                                                                   | EKU    | CA     | Notes                                  |
      | Assign to Access Edge service of Edge Server or Edge pool | sip.contoso.com | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com | Server | Public | exportable key, shared by pool members |
