# The certificate tables: README.md in this folder.

@CSR
Feature: A certificate request is checked before a CA signs it
  A PKCS#10 request made off the Edge (with openssl or certreq) can be checked against the plan
  before it goes to the CA: the names, EKU and key are judged as on a certificate, and the
  findings speak of "the request". What only the CA decides (validity, issuer, chain, CRL
  distribution point, signature) is not applicable.

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

  Scenario: A request that matches the plan passes
    Given the external certificate has:
      | file | certificate request |
    When the certificate is checked
    Then the certificate passes
    And the findings include:
      | rule          | status         |
      | EXT-SAN-001   | pass           |
      | EXT-SAN-004   | pass           |
      | GEN-EKU-001   | pass           |
      | GEN-KEY-002   | pass           |
      | GEN-VALID-001 | not-applicable |
      | GEN-VALID-002 | not-applicable |
      | GEN-CHAIN-001 | not-applicable |
      | GEN-CDP-001   | not-applicable |
      | GEN-SIG-001   | pass           |
      | GEN-SIG-002   | pass           |
      | EXT-CA-001    | not-applicable |

  @EXT-SAN-004
  Scenario: A request that forgot a SIP domain is rejected before it costs a certificate
    Given the external certificate has:
      | file | certificate request                 |
      | SANs | sip.contoso.com, webcon.contoso.com |
    When the certificate is checked
    Then the findings include:
      | rule        | status | message contains                                                                              |
      | EXT-SAN-004 | fail   | in the request, the SAN lacks 1 of the 2 planned sip.<domain> names: missing sip.fabrikam.com |
    And the certificate is rejected

  @GEN-EKU-001 @GEN-KEY-002
  Scenario: A request without EKU leaves it to the CA template; a short key is warned about
    Given the external certificate has:
      | file | certificate request |
      | EKU  | none                |
      | key  | RSA 1024            |
    When the certificate is checked
    Then the findings include:
      | rule        | status         | message contains        |
      | GEN-EKU-001 | not-applicable | the CA template decides |
      | GEN-KEY-002 | warn           | the request             |

  @GEN-CSR-001
  Rule: The request's signature verifies with its own key (proof of possession)

    Scenario Outline: A request <signed>
      Given the external certificate has:
        | file | <file> |
      When the certificate is checked
      Then the findings include:
        | rule        | status   | message contains |
        | GEN-CSR-001 | <status> | <message>        |

      Examples:
        | signed                           | file                                         | status | message                     |
        | signed with its own key          | certificate request                          | pass   | verifies with its own       |
        | whose signature does not verify  | certificate request with a broken signature  | fail   | every CA refuses it         |
