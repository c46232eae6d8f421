# Reading the tables: README.md in this folder.

@S13
Feature: S13 Certificate requirements for external user access
  TechNet Gg398920, worked example B.9 of the rule reference. The page states requirements with
  inline examples and has no table: the table below uses exactly its example names. Its subject
  example is access.contoso.com while its Access Edge SAN example is sip.contoso.com (AMB-05): the
  subject is the Access Edge FQDN, replicated in the SAN (EXT-SAN-001), and sip.contoso.com comes
  from the SIP domain contoso.com (EXT-SAN-004). The internal example is lsedge.contoso.com (.com,
  not .net: AMB-06). The page says SAN order does not matter, and asks for an exportable key even
  on a single Edge, with the same certificate on every pool member.

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with public IP addresses
    And the Edge names:
      | Access Edge           | access.contoso.com |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.com |
    And SIP federation is enabled

  # The page's requirements as one table of its example names, one scenario for each of its points.
  @EXT-USAGE-002 @EXT-SUBJECT-001 @INT-SUBJECT-001 @AMB-05 @AMB-06
  Scenario: A single Edge Server has an external certificate for the Access Edge and an internal one, none for the A/V Edge
    When the certificates are planned
    Then the plan has these certificates:
      | Component (page label)                                                                                                               | Subject name       |
      | One public certificate shared by the external Access Edge and Web Conferencing Edge interfaces and by the A/V Authentication service | access.contoso.com |
      | Edge internal interface certificate                                                                                                  | lsedge.contoso.com |

  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004 @EXT-SAN-005 @AMB-07
  Scenario: The external certificate names the Access Edge, the Web Conferencing Edge and sip.<domain> of each SIP domain, not the A/V Edge
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                                                                                               | SANs                                                                      |
      | One public certificate shared by the external Access Edge and Web Conferencing Edge interfaces and by the A/V Authentication service | access.contoso.com, sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |

  @EXT-CA-001 @EXT-KEY-002
  Scenario: The external certificate comes from a public CA, with an exportable key even on a single Edge Server
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                                                                                               | EKU    | CA     | Notes          |
      | One public certificate shared by the external Access Edge and Web Conferencing Edge interfaces and by the A/V Authentication service | Server | Public | exportable key |

  @INT-SAN-001 @INT-CA-001
  Scenario: The internal certificate has no SAN and comes from a public or a private CA
    When the certificates are planned
    Then the planned internal certificate is:
      | Component (page label)              | SANs | EKU    | CA                | Notes |
      | Edge internal interface certificate | none | Server | Public or private |       |

  @EXT-KEY-001 @EXT-POOL-001 @INT-POOL-001 @AV-002
  Scenario: In a pool, the same certificates with their keys on every member
    Given a scaled consolidated Edge pool, DNS load balancing with public IP addresses, of edge1.contoso.com and edge2.contoso.com
    When the certificates are planned
    Then the plan has these certificates:
      | Component (page label)                                                                                                               | Subject name       | SANs                                                                      | EKU    | CA                | Notes                                  |
      | One public certificate shared by the external Access Edge and Web Conferencing Edge interfaces and by the A/V Authentication service | access.contoso.com | access.contoso.com, sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server | Public            | exportable key, shared by pool members |
      | Edge internal interface certificate                                                                                                  | lsedge.contoso.com | none                                                                      | Server | Public or private | exportable key, shared by pool members |
