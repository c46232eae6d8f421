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

  @EXT-SUBJECT-001 @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004 @EXT-SAN-005 @EXT-CA-001
  @GEN-EKU-001 @EXT-KEY-002 @INT-SUBJECT-001 @INT-SAN-001 @INT-CA-001 @AMB-04
  Scenario: Certificates Required for Single Consolidated Edge with Private IP Addresses using NAT
    When the certificates are planned
    Then the plan has these certificates:
      | Component                                | Subject name       | SANs                                                  | EKU    | CA                | Notes          |
      | Single consolidated Edge (External Edge) | sip.contoso.com    | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com | Server | Public            | exportable key |
      | Single consolidated Edge (Internal Edge) | lsedge.contoso.net | No SAN required                                       | Server | Public or private |                |

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
