# Reading the tables: README.md in this folder.

@S06
Feature: S06 Certificate summary - Scaled consolidated edge with hardware load balancers
  TechNet Gg398692, worked example B.6 of the rule reference. With hardware load balancers the
  names are the VIP FQDNs (HLB-003): sip.contoso.com 131.107.155.10, webcon.contoso.com .20,
  av.contoso.com .30, lsedge.contoso.net 172.25.33.10; no NAT (HLB-002). The page names no pool
  members: edge1/edge2.contoso.net are placeholders. It labels its rows "Single consolidated Edge
  Server" although the topology is scaled (AMB-10), and so does the plan.

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a scaled consolidated Edge pool with hardware load balancers, of edge1.contoso.net and edge2.contoso.net
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled

  # The page's table "Certificates required for a scaled consolidated Edge with hardware load balancers",
  # one scenario for each of its points.
  @EXT-USAGE-002 @EXT-SUBJECT-001 @INT-SUBJECT-001 @HLB-003 @AMB-10
  Scenario: An Edge pool behind hardware load balancers has an external certificate for the Access Edge and an internal one, none for the A/V Edge
    When the certificates are planned
    Then the plan has these certificates:
      | Component                                       | Subject name       |
      | Single consolidated Edge Server (External Edge) | sip.contoso.com    |
      | Single consolidated Edge Server (Internal Edge) | lsedge.contoso.net |

  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004 @HLB-003
  Scenario: The external certificate names the Access Edge, the Web Conferencing Edge and sip.<domain> of each SIP domain: the load balancers' virtual IP names only
    When the certificates are planned
    Then the planned external certificate is:
      | Component                                       | SANs                                                  |
      | Single consolidated Edge Server (External Edge) | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |

  @GEN-EKU-001 @EXT-CA-001 @EXT-KEY-001 @EXT-POOL-001
  Scenario: The external certificate is for servers, from a public CA, its exportable key shared by the pool members
    When the certificates are planned
    Then the planned external certificate is:
      | Component                                       | EKU    | CA     | Notes                                  |
      | Single consolidated Edge Server (External Edge) | Server | Public | exportable key, shared by pool members |

  @INT-SAN-001 @INT-CA-001 @INT-POOL-001 @GEN-EKU-001
  Scenario: The internal certificate has no SAN, comes from a public or a private CA, its exportable key shared by the pool members
    When the certificates are planned
    Then the planned internal certificate is:
      | Component                                       | SANs            | EKU    | CA                | Notes                                  |
      | Single consolidated Edge Server (Internal Edge) | No SAN required | Server | Public or private | exportable key, shared by pool members |

  @PIC-002 @EXT-EKU-002 @AMB-17
  Scenario: Certificate Summary - Public Instant Messaging Connectivity
    Given public IM connectivity with AOL
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label)       | Subject name    | SANs                                                  | EKU             | CA     | Notes                                  |
      | External/Access Edge service | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server + Client | Public | exportable key, shared by pool members |

  @XMPP-004 @WILD-002 @AMB-03 @AMB-17
  Scenario: Certificate Summary for Extensible Messaging and Presence Protocol
    Given XMPP federation for contoso.com, named by an XMPP host and a wildcard each
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                    | Subject name    | SANs                                                                                   | EKU    | CA     | Notes                                  |
      | Assign to Access Edge service of Edge Server or Edge pool | sip.contoso.com | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com | Server | Public | exportable key, shared by pool members |

  @HLB-002
  Scenario: An Edge pool behind hardware load balancers cannot use NAT
    Given a scaled consolidated Edge pool with hardware load balancers and private IP addresses using NAT, of edge1.contoso.net and edge2.contoso.net
    When the certificates are planned
    Then the topology is refused with these problems:
      | field           | problem                              |
      | edge.addressing | nat is not supported with scaled-hlb |
