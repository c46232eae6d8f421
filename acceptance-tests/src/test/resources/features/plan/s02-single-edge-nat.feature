# Reading the tables: README.md in this folder.

@S02
Feature: S02 Certificate summary - Single consolidated edge with private IP addresses using NAT
  TechNet Gg398519, worked example B.2 of the rule reference. One Edge Server whose external
  interfaces have private addresses 10.45.16.10/.20/.30, translated by NAT to the public
  131.107.155.10/.20/.30; the internal interface is lsedge.contoso.net (172.25.33.10).
  The page has three tables: the topology's certificates, the public IM connectivity summary and
  the XMPP summary. The page is silent on exportable keys: Lync 2013 makes the external key
  exportable even on a single Edge (AMB-04, EXT-KEY-002).

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with private IP addresses using NAT
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled

  # The page's table "Certificates Required for Single Consolidated Edge with Private IP Addresses using NAT",
  # one scenario for each of its points.
  @EXT-USAGE-002 @EXT-SUBJECT-001 @INT-SUBJECT-001
  Scenario: A single Edge Server has an external certificate for the Access Edge and an internal one, none for the A/V Edge
    When the certificates are planned
    Then the plan has these certificates:
      | Component                                | Subject name       |
      | Single consolidated Edge (External Edge) | sip.contoso.com    |
      | Single consolidated Edge (Internal Edge) | lsedge.contoso.net |

  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004 @EXT-SAN-005
  Scenario: The external certificate names the Access Edge, the Web Conferencing Edge and sip.<domain> of each SIP domain, not the A/V Edge
    When the certificates are planned
    Then the planned external certificate is:
      | Component                                | SANs                                                  |
      | Single consolidated Edge (External Edge) | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com |

  @GEN-EKU-001 @EXT-CA-001 @EXT-KEY-002 @AMB-04
  Scenario: The external certificate is for servers, from a public CA, with an exportable key even on a single Edge Server
    When the certificates are planned
    Then the planned external certificate is:
      | Component                                | EKU    | CA     | Notes          |
      | Single consolidated Edge (External Edge) | Server | Public | exportable key |

  @INT-SAN-001 @INT-CA-001 @GEN-EKU-001
  Scenario: The internal certificate has no SAN and comes from a public or a private CA
    When the certificates are planned
    Then the planned internal certificate is:
      | Component                                | SANs            | EKU    | CA                | Notes |
      | Single consolidated Edge (Internal Edge) | No SAN required | Server | Public or private |       |

  @PIC-002 @EXT-EKU-002 @EXT-SAN-004
  Scenario: Certificate Summary - Public Instant Messaging Connectivity
    Given public IM connectivity with AOL
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                  | EKU             | CA     | Notes          |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server + Client | Public | exportable key |

  @XMPP-004 @WILD-002 @AMB-03
  Scenario: Certificate Summary for Extensible Messaging and Presence Protocol
    Given XMPP federation for contoso.com, named by an XMPP host and a wildcard each
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                    | Subject name    | SANs                                                                                   | EKU    | CA     | Notes          |
      | Assign to Access Edge service of Edge Server or Edge pool | sip.contoso.com | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com | Server | Public | exportable key |
    And the plan advises:
      | rule     | severity |
      | WILD-002 | warning  |
