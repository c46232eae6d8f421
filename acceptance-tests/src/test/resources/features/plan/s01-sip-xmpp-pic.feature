# Reading the tables: README.md in this folder.

@S01
Feature: S01 Certificate summary - SIP, XMPP federation, and public instant messaging
  TechNet JJ618372, worked example B.1 of the rule reference: the seed page, whose SAN order is the
  canonical order the plan follows (subject, Web Conferencing, then per SIP domain sip.<domain>
  followed by its XMPP namespace). The page applies to an Edge Server or pool alike and prints no
  Edge names: the Edge below uses the names of the DNS summaries. The page has no internal-Edge
  row, so only the external certificate is compared. The A/V Edge itself has no certificate
  (EXT-USAGE-002).

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with public IP addresses
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled
    And public IM connectivity with AOL

  # The page's summary table, one scenario for each of its points.
  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004 @XMPP-001 @XMPP-002 @AMB-02
  Scenario: The external certificate names, in the page's order, the Access Edge, the Web Conferencing Edge, then sip.<domain> and the XMPP domain of each SIP domain
    Given XMPP federation for contoso.com and fabrikam.com, named by the bare domains
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | SANs                                                                             |
      | External/Access Edge   | sip.contoso.com, webcon.contoso.com, contoso.com, sip.fabrikam.com, fabrikam.com |

  @EXT-SUBJECT-001 @EXT-EKU-002 @PIC-002 @EXT-CA-001
  Scenario: The external certificate is named after the Access Edge, for servers and clients as AOL asks, from a public CA
    Given XMPP federation for contoso.com and fabrikam.com, named by the bare domains
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label) | Subject name    | EKU             | CA     | Notes          |
      | External/Access Edge   | sip.contoso.com | Server + Client | Public | exportable key |

  # The page's prose: child domains such as corp.contoso.com and finance.contoso.com open XMPP to a
  # subset of the users; they replace SAN 3.
  @XMPP-001 @XMPP-002
  Scenario: XMPP federation for child domains of contoso.com only
    Given XMPP federation for corp.contoso.com, finance.contoso.com and fabrikam.com, named by the bare domains
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                                                                       | EKU             | CA     | Notes          |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, corp.contoso.com, finance.contoso.com, sip.fabrikam.com, fabrikam.com | Server + Client | Public | exportable key |

  # "AOL client EKU applies to every certificate in a pool" (AMB-09).
  @EXT-EKU-002 @EXT-KEY-001 @EXT-POOL-001 @AMB-09
  Scenario: In an Edge pool, every member carries the same certificate with the Client EKU
    Given a scaled consolidated Edge pool, DNS load balancing with public IP addresses, of edge1.contoso.net and edge2.contoso.net
    And XMPP federation for contoso.com and fabrikam.com, named by the bare domains
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                                             | EKU             | CA     | Notes                                  |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, contoso.com, sip.fabrikam.com, fabrikam.com | Server + Client | Public | exportable key, shared by pool members |
