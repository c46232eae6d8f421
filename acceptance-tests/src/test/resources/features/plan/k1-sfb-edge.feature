# Reading the tables: README.md in this folder.

@K1
Feature: K1 Skype for Business Server 2015/2019 - Edge Certificate table
  "Edge Server environmental requirements in Skype for Business Server", its Edge Certificate
  table (worked example B.14 of the rule reference). The table applies to a single Edge and to a
  pool alike; its SANs are in canonical order (subject first). The internal Edge is named
  sfbedge.contoso.com there (the page's DNS tables say sfvedge.contoso.net: AMB-06). Within a pool
  all members carry one identical certificate and key, for the Media Relay Authentication service.
  In Skype for Business an exportable key is needed only in a pool (AMB-04). XMPP is a Skype for
  Business Server 2015 variant only: 2019 has no XMPP (XMPP-009).

  Background:
    Given a Skype for Business Server 2015 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with public IP addresses
    And the Edge names:
      | Access Edge           | sip.contoso.com     |
      | Web Conferencing Edge | webcon.contoso.com  |
      | A/V Edge              | av.contoso.com      |
      | Edge internal         | sfbedge.contoso.com |
    And SIP federation is enabled

  # The page's Edge Certificate table for a single Edge Server, one scenario for each of its points.
  @EXT-USAGE-002 @EXT-SUBJECT-001 @INT-SUBJECT-001 @AMB-06
  Scenario: A single Edge Server has an external certificate for the Access Edge and an internal one, none for the A/V Edge
    When the certificates are planned
    Then the plan has these certificates:
      | Component     | Subject name        |
      | External Edge | sip.contoso.com     |
      | Internal Edge | sfbedge.contoso.com |

  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004
  Scenario: The external certificate names the Access Edge, the Web Conferencing Edge and sip.<domain> of each SIP domain
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component     | SANs                                                  |
      | External Edge | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |

  @GEN-EKU-001 @EXT-CA-001 @AMB-04
  Scenario: On a single Edge Server the external certificate is for servers, from a public CA, its key not exportable
    When the certificates are planned
    Then the planned external certificate is:
      | Component     | EKU    | CA     | Notes |
      | External Edge | Server | Public |       |

  @INT-SAN-001 @INT-CA-001 @GEN-EKU-001
  Scenario: The internal certificate has no SAN and comes from a public or an internal CA
    When the certificates are planned
    Then the planned internal certificate is:
      | Component     | SANs | EKU    | CA                 | Notes |
      | Internal Edge | NA   | Server | Public or internal |       |

  @EXT-KEY-001 @EXT-POOL-001 @INT-POOL-001 @AV-002
  Scenario: Edge Certificate table, Edge pool
    Given a scaled consolidated Edge pool, DNS load balancing with public IP addresses, of edge1.contoso.com and edge2.contoso.com
    When the certificates are planned
    Then the plan has these certificates, SANs in this order:
      | Component     | Subject name        | SANs                                                  | EKU    | CA                 | Notes                                  |
      | External Edge | sip.contoso.com     | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server | Public             | exportable key, shared by pool members |
      | Internal Edge | sfbedge.contoso.com | NA                                                    | Server | Public or internal | exportable key, shared by pool members |

  # The page adds the two names after those of the External Edge; the plan puts xmpp.contoso.com
  # under its SIP domain (canonical order, S01), so this table compares as a set.
  @XMPP-004 @WILD-002 @AMB-03
  Scenario: XMPP variant (Skype for Business Server 2015 only): xmpp.contoso.com and *.contoso.com
    Given XMPP federation for contoso.com, named by an XMPP host and a wildcard each
    When the certificates are planned
    Then the planned external certificate is:
      | Component     | Subject name    | SANs                                                                                   | EKU    | CA     | Notes |
      | External Edge | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com | Server | Public |       |

  @XMPP-009
  Scenario: Skype for Business Server 2019 has no XMPP federation
    Given a Skype for Business Server 2019 deployment
    And XMPP federation for contoso.com, named by an XMPP host and a wildcard each
    When the certificates are planned
    Then the topology is refused with these problems:
      | field           | problem                                                                   |
      | federation.xmpp | Skype for Business Server 2019 neither supports nor ships XMPP federation |
