# The certificate tables: README.md in this folder.

Feature: The internal Edge certificate
  The rules of section A.4 of the rule reference for the certificate on the Edge's internal
  interface: its subject is the Edge internal FQDN, it needs no SAN, and it may come from a public
  or an internal CA (INT-CA-001). The topology is the single Edge of S03.

  Background:
    Given today is 2026-01-01
    And a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with public IP addresses
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled
    And certificates are made like this unless a scenario says otherwise:
      | field                  | external                                              | internal                          |
      | subject                | sip.contoso.com                                       | lsedge.contoso.net                |
      | SANs                   | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | none                              |
      | EKU                    | Server                                                | Server                            |
      | key                    | RSA 2048                                              | RSA 2048                          |
      | signature              | SHA-256 with RSA                                      | SHA-256 with RSA                  |
      | issuer                 | a public CA                                           | a public CA                       |
      | CRL distribution point | http://crl.ca.example/issuing.crl                     | http://crl.ca.example/issuing.crl |
      | valid from             | 2025-12-02                                            | 2025-12-02                        |
      | valid until            | 2026-12-31                                            | 2026-12-31                        |
      | basic constraints      | end entity                                            | end entity                        |
      | file                   | PEM                                                   | PEM                               |
      | key provider           | none                                                  | none                              |

  Scenario: A well-formed internal certificate passes
    Given a well-formed internal certificate
    When the certificate is checked
    Then the certificate passes
    And no rule fails

  @INT-SUBJECT-001 @INT-SUBJECT-002 @WILD-001
  Rule: INT-SUBJECT-001/002 The subject is the Edge internal FQDN, never a wildcard

    Scenario Outline: The internal certificate for <subject>
      Given the internal certificate has:
        | subject | <subject> |
      When the certificate is checked
      Then the findings include:
        | rule            | status         |
        | INT-SUBJECT-001 | <int-001>      |
        | INT-SUBJECT-002 | <int-002>      |
        | WILD-001        | not-applicable |

      Examples:
        | subject            | int-001 | int-002 |
        | lsedge.contoso.net | pass    | pass    |
        | LSEDGE.contoso.net | pass    | pass    |
        | edge01.contoso.net | warn    | pass    |
        | *.contoso.net      | warn    | fail    |

  @INT-EKU-001
  Rule: INT-EKU-001 The internal certificate carries Server Authentication

    Scenario Outline: The internal certificate with the EKU <eku>
      Given the internal certificate has:
        | EKU | <eku> |
      When the certificate is checked
      Then the findings include:
        | rule        | status         |
        | INT-EKU-001 | <status>       |
        | EXT-EKU-001 | not-applicable |

      Examples:
        | eku    | status |
        | Server | pass   |
        | Client | fail   |
        | none   | fail   |

  @INT-CA-001
  Rule: INT-CA-001 An internal CA is recommended for the internal certificate

    Scenario: The internal certificate from the organisation's internal CA
      Given the internal certificate has:
        | issuer    | an internal CA     |
        | signature | ECDSA with SHA-256 |
      When the certificate is checked
      Then the findings include:
        | rule          | status         | message contains          |
        | INT-CA-001    | pass           | comes from an internal CA |
        | EXT-CA-001    | not-applicable |                           |
        | GEN-CHAIN-001 | pass           |                           |
      And the certificate passes
