# The certificate tables: README.md in this folder.

Feature: The external Edge certificate
  The rules of sections A.3, A.7 and A.9 of the rule reference and of its appendix Z for the
  certificate on the external interfaces (Access Edge, Web Conferencing Edge, A/V Authentication).
  SANs compare as sets, case-insensitively (EXT-SAN-006, FQDN-005). The topology is the single
  Edge of S03.

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

  @EXT-CA-001
  Rule: EXT-CA-001 The external certificate comes from a public CA

    Scenario Outline: The external certificate issued by <issuer>
      Given the external certificate has:
        | issuer | <issuer> |
      When the certificate is checked
      Then the findings include:
        | rule       | status   | message contains |
        | EXT-CA-001 | <status> | <message>        |

      Examples:
        | issuer                                 | status | message                           |
        | a public CA                            | pass   | the chain ends at the public root |
        | itself                                 | fail   | self-signed                       |
        | a public CA, intermediate not supplied | fail   | the chain could not be completed  |
    Scenario: An external certificate from the organisation's internal CA is rejected
      Given the external certificate has:
        | issuer    | an internal CA     |
        | signature | ECDSA with SHA-256 |
      When the certificate is checked
      Then the findings include:
        | rule          | status | message contains                   |
        | EXT-CA-001    | fail   | the chain ends at the private root |
        | GEN-CHAIN-001 | pass   | the chain ends at the root         |
      And the certificate is rejected

  @EXT-SUBJECT-001 @EXT-SUBJECT-002 @WILD-001
  Rule: EXT-SUBJECT-001/002 and WILD-001 The subject is the Access Edge FQDN, never a wildcard

    Scenario: A subject that is another name of the certificate draws a warning
      Given the external certificate has:
        | subject | webcon.contoso.com |
      When the certificate is checked
      Then the findings include:
        | rule            | status | message contains                     |
        | EXT-SUBJECT-001 | warn   | is not the Access Edge external FQDN |
        | EXT-SAN-001     | pass   |                                      |
      And the certificate passes

    Scenario: A subject that is no planned name: its own SAN entry is planned, not unplanned
      Given the external certificate has:
        | subject | edge.contoso.com                                                        |
        | SANs    | edge.contoso.com, sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |
      When the certificate is checked
      Then the findings include:
        | rule            | status |
        | EXT-SUBJECT-001 | warn   |
        | EXT-SAN-001     | pass   |
        | EXT-SAN-008     | pass   |
      And the certificate passes

    Scenario: A wildcard subject on a separate A/V Authentication certificate is rejected too
      Given the A/V Authentication service has a certificate of its own
      And certificates are made like this unless a scenario says otherwise:
        | field                  | A/V Authentication                |
        | subject                | *.contoso.com                     |
        | SANs                   | *.contoso.com                     |
        | EKU                    | Server                            |
        | key                    | RSA 2048                          |
        | signature              | SHA-256 with RSA                  |
        | issuer                 | a public CA                       |
        | CRL distribution point | http://crl.ca.example/issuing.crl |
        | valid from             | 2025-12-02                        |
        | valid until            | 2026-12-31                        |
        | basic constraints      | end entity                        |
        | file                   | PEM                               |
        | key provider           | none                              |
      And a well-formed A/V Authentication certificate
      When the certificate is checked
      Then the findings include:
        | rule        | status         | message contains |
        | WILD-001    | fail           | is a wildcard    |
        | EXT-SAN-001 | not-applicable | AV-003           |
      And the certificate is rejected

    Scenario: A wildcard subject is rejected, once: under EXT-SUBJECT-002
      Given the external certificate has:
        | subject | *.contoso.com                                                        |
        | SANs    | *.contoso.com, sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |
      When the certificate is checked
      Then the findings include:
        | rule            | status         | message contains           |
        | EXT-SUBJECT-002 | fail           | is a wildcard              |
        | WILD-001        | not-applicable | judged by EXT-SUBJECT-002  |
        | EXT-SUBJECT-001 | warn           |                            |
      And the certificate is rejected

  @EXT-SAN-001 @EXT-SAN-002 @EXT-SAN-003 @EXT-SAN-004
  Rule: EXT-SAN-001 to 004 The SAN holds the subject, the Access and Web Conferencing Edge FQDNs and sip.<domain> per SIP domain

    Scenario Outline: SANs <sans>
      Given the external certificate has:
        | SANs | <sans> |
      When the certificate is checked
      Then the findings include:
        | rule        | status    |
        | EXT-SAN-001 | <san-001> |
        | EXT-SAN-002 | <san-002> |
        | EXT-SAN-003 | <san-003> |
        | EXT-SAN-004 | <san-004> |

      Examples:
        | sans                                                  | san-001 | san-002 | san-003 | san-004 |
        | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | pass    | pass    | pass    | pass    |
        | SIP.Contoso.com, sip.fabrikam.com, WEBCON.contoso.com | pass    | pass    | pass    | pass    |
        | sip.contoso.com, sip.fabrikam.com                     | pass    | pass    | fail    | pass    |
        | sip.contoso.com, webcon.contoso.com                   | pass    | pass    | pass    | fail    |
        | webcon.contoso.com, sip.fabrikam.com                  | fail    | fail    | pass    | fail    |

    Scenario: The SIP domain a certificate forgot is named
      Given the external certificate has:
        | SANs | sip.contoso.com, webcon.contoso.com |
      When the certificate is checked
      Then the findings include:
        | rule        | status | message contains         |
        | EXT-SAN-004 | fail   | missing sip.fabrikam.com |
      And the certificate is rejected

    # With the names of S13, the subject access.contoso.com is the Access Edge FQDN, and
    # sip.contoso.com comes from the SIP domain contoso.com: each rule is seen on its own.
    @S13
    Scenario: The Access Edge FQDN access.contoso.com missing from the SAN
      Given the Edge names:
        | Access Edge | access.contoso.com |
      And the external certificate has:
        | subject | access.contoso.com                                    |
        | SANs    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com |
      When the certificate is checked
      Then the findings include:
        | rule            | status |
        | EXT-SUBJECT-001 | pass   |
        | EXT-SAN-001     | fail   |
        | EXT-SAN-002     | fail   |
        | EXT-SAN-004     | pass   |

  @EXT-SAN-005 @EXT-SAN-008
  Rule: EXT-SAN-005 and EXT-SAN-008 The A/V Edge FQDN is tolerated; other unplanned names draw a warning

    Scenario Outline: SANs with <extra>
      Given the external certificate has:
        | SANs | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com, <extra> |
      When the certificate is checked
      Then the findings include:
        | rule        | status    |
        | EXT-SAN-005 | pass      |
        | EXT-SAN-008 | <san-008> |
      And the certificate passes

      Examples:
        | extra              | san-008 |
        | av.contoso.com     | pass    |
        | sip.litwareinc.com | warn    |

  @EXT-EKU-001 @EXT-EKU-002 @EXT-EKU-004 @PIC-002
  Rule: EXT-EKU-001/002/004 Server Authentication always; Client Authentication with AOL

    Scenario: Without Server Authentication the external certificate is rejected
      Given the external certificate has:
        | EKU | Client |
      When the certificate is checked
      Then the findings include:
        | rule        | status         |
        | EXT-EKU-001 | fail           |
        | EXT-EKU-002 | not-applicable |
      And the certificate is rejected

    Scenario Outline: With AOL public IM connectivity, the EKU <eku>
      Given public IM connectivity with AOL
      And the external certificate has:
        | EKU | <eku> |
      When the certificate is checked
      Then the findings include:
        | rule        | status    |
        | EXT-EKU-001 | pass      |
        | EXT-EKU-002 | <eku-002> |
        | EXT-EKU-004 | <eku-004> |

      Examples:
        | eku             | eku-002 | eku-004 |
        | Server          | fail    | warn    |
        | Server + Client | pass    | warn    |

    Scenario: Without AOL, no Client Authentication is asked for
      Given public IM connectivity with Yahoo!
      And a well-formed external certificate
      When the certificate is checked
      Then the findings include:
        | rule        | status         |
        | EXT-EKU-002 | not-applicable |
        | EXT-EKU-004 | not-applicable |

  @WILD-002 @XMPP-004 @AMB-03
  Rule: WILD-002 The external certificate does not rely on wildcard SANs

    Scenario: A wildcard SAN is rejected
      Given the external certificate has:
        | SANs | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com, *.fabrikam.com |
      When the certificate is checked
      Then the findings include:
        | rule        | status |
        | WILD-002    | fail   |
        | EXT-SAN-008 | warn   |
      And the certificate is rejected

    Scenario: With XMPP named by a host and a wildcard, that wildcard draws a warning only
      Given XMPP federation for contoso.com, named by an XMPP host and a wildcard each
      And the external certificate has:
        | SANs | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com, xmpp.contoso.com, *.contoso.com |
      When the certificate is checked
      Then the findings include:
        | rule        | status |
        | WILD-002    | warn   |
        | XMPP-001    | pass   |
        | EXT-SAN-008 | pass   |
      And the certificate passes

  @XMPP-001
  Rule: XMPP-001 Each XMPP domain is in the SAN of the external certificate

    Scenario Outline: XMPP federation for contoso.com, the SANs <sans>
      Given XMPP federation for contoso.com, named by the bare domains
      And the external certificate has:
        | SANs | <sans> |
      When the certificate is checked
      Then the findings include:
        | rule     | status   |
        | XMPP-001 | <status> |

      Examples:
        | sans                                                               | status |
        | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com, contoso.com | pass   |
        | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com              | fail   |
