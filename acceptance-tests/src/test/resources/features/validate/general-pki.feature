# The certificate tables: README.md in this folder.

Feature: General PKI rules for every Edge certificate
  The rules of section A.1 of the rule reference and of its appendix Z, which hold for the external
  and the internal certificate alike (S10, K2, K3). The topology is the single Edge of S03.

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

  Scenario: A well-formed external certificate passes
    Given a well-formed external certificate
    When the certificate is checked
    Then the certificate passes
    And no rule fails

  @GEN-EKU-001
  Rule: Every Edge certificate carries the Server Authentication EKU

    Scenario Outline: The <role> certificate with the EKU <eku>
      Given the <role> certificate has:
        | EKU | <eku> |
      When the certificate is checked
      Then the findings include:
        | rule        | status   |
        | GEN-EKU-001 | <status> |

      Examples:
        | role     | eku             | status |
        | external | Server          | pass   |
        | external | Server + Client | pass   |
        | external | Client          | fail   |
        | internal | Server          | pass   |
        | internal | none            | fail   |

  @GEN-CDP-001
  Rule: Every server certificate includes a CRL distribution point

    Scenario: A certificate without CRL distribution point is rejected
      Given the external certificate has:
        | CRL distribution point | none |
      When the certificate is checked
      Then the findings include:
        | rule        | status | message contains                              |
        | GEN-CDP-001 | fail   | the certificate has no CRL distribution point |
      And the certificate is rejected

  @GEN-KU-001
  Rule: A keyUsage, when present, allows a TLS server handshake

    Scenario Outline: The <role> certificate with the key usage <usage>
      Given the <role> certificate has:
        | key usage | <usage> |
        | key       | <key>   |
      When the certificate is checked
      Then the findings include:
        | rule       | status   | message contains |
        | GEN-KU-001 | <status> | <message>        |

      Examples:
        | role     | key      | usage                             | status         | message                     |
        | external | RSA 2048 | digitalSignature, keyEncipherment | pass           | TLS server handshake        |
        | external | RSA 2048 | none                              | not-applicable | restricts nothing           |
        | external | RSA 2048 | digitalSignature                  | fail           | lacks keyEncipherment       |
        | internal | RSA 2048 | keyEncipherment                   | fail           | lacks digitalSignature      |
        | external | EC P-256 | digitalSignature                  | pass           | TLS server handshake        |

  @GEN-CDP-002
  Rule: The external certificate's CRL can be fetched over HTTP

    Scenario Outline: The <role> certificate with the CRL distribution point <cdp>
      Given the <role> certificate has:
        | CRL distribution point | <cdp> |
      When the certificate is checked
      Then the findings include:
        | rule        | status   |
        | GEN-CDP-002 | <status> |
      And the certificate passes

      Examples:
        | role     | cdp                                         | status         |
        | external | http://crl.ca.example/issuing.crl           | pass           |
        | external | ldap:///CN=Issuing%20CA,CN=CDP,DC=contoso   | warn           |
        | internal | ldap:///CN=Issuing%20CA,CN=CDP,DC=contoso   | not-applicable |

  @FQDN-001 @FQDN-006
  Rule: Names in a certificate use letters, digits and hyphens, without a trailing dot

    Scenario Outline: The external certificate with the SANs <sans>
      Given the external certificate has:
        | SANs | <sans> |
      When the certificate is checked
      Then the findings include:
        | rule     | status     |
        | FQDN-001 | <fqdn-001> |
        | FQDN-006 | <fqdn-006> |

      Examples:
        | sans                                                   | fqdn-001 | fqdn-006 |
        | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com  | pass     | pass     |
        | sip.contoso.com, web_con.contoso.com, sip.fabrikam.com | fail     | pass     |
        | sip.contoso.com, webcon.contoso.com., sip.fabrikam.com | pass     | warn     |

    Scenario: An underscore in the internal subject is rejected
      Given the internal certificate has:
        | subject | ls_edge.contoso.net |
      When the certificate is checked
      Then the findings include:
        | rule     | status | message contains    |
        | FQDN-001 | fail   | ls_edge.contoso.net |
      And the certificate is rejected

  @GEN-SIG-001 @GEN-SIG-002
  Rule: The signature hash is SHA-1 or SHA-2, and never RSASSA-PSS

    Scenario Outline: A certificate signed with <signature>
      Given the external certificate has:
        | signature | <signature> |
      When the certificate is checked
      Then the findings include:
        | rule        | status    |
        | GEN-SIG-001 | <sig-001> |
        | GEN-SIG-002 | <sig-002> |

      Examples:
        | signature          | sig-001        | sig-002 |
        | SHA-1 with RSA     | pass           | pass    |
        | SHA-256 with RSA   | pass           | pass    |
        | SHA-512 with RSA   | pass           | pass    |
        | ECDSA with SHA-384 | pass           | pass    |
        | MD5 with RSA       | fail           | pass    |
        | RSASSA-PSS         | not-applicable | fail    |

  @GEN-KEY-001 @GEN-KEY-002 @GEN-KEY-003
  Rule: RSA of 1024, 2048 or 4096 bits (2048 or more recommended); EC is warned about

    Scenario Outline: A certificate with a key <key>
      Given the external certificate has:
        | key | <key> |
      When the certificate is checked
      Then the findings include:
        | rule        | status    |
        | GEN-KEY-001 | <key-001> |
        | GEN-KEY-002 | <key-002> |
        | GEN-KEY-003 | <key-003> |
      And the certificate passes

      Examples:
        | key      | key-001        | key-002        | key-003 |
        | RSA 1024 | pass           | warn           | pass    |
        | RSA 2048 | pass           | pass           | pass    |
        | RSA 3072 | warn           | pass           | pass    |
        | EC P-256 | not-applicable | not-applicable | warn    |
        | EC P-384 | not-applicable | not-applicable | warn    |

  @GEN-KEY-006
  Rule: EC keys only on P-256, P-384 or P-521

    Scenario Outline: A certificate with a key <key>
      Given the external certificate has:
        | key | <key> |
      When the certificate is checked
      Then the findings include:
        | rule        | status   |
        | GEN-KEY-006 | <status> |

      Examples:
        | key      | status         |
        | RSA 2048 | not-applicable |
        | EC P-256 | pass           |
        | EC P-384 | pass           |
        | EC P-521 | pass           |

  @GEN-BC-001
  Rule: The certificate is no CA certificate

    Scenario: A CA certificate used as the external certificate
      Given the external certificate has:
        | basic constraints | CA |
      When the certificate is checked
      Then the findings include:
        | rule       | status |
        | GEN-BC-001 | fail   |
      And the certificate is rejected

  @GEN-EXT-001
  Rule: No critical extension that certificate users do not recognise

    Scenario Outline: A certificate with the critical extension <extension>
      Given the external certificate has:
        | critical extension | <oid> |
      When the certificate is checked
      Then the findings include:
        | rule        | status   | message contains |
        | GEN-EXT-001 | <status> | <message>        |

      Examples:
        | extension                              | oid                        | status | message                     |
        | none besides key usage                 | none                       | pass   | recognised                  |
        | name constraints (RFC 5280)            | 2.5.29.30                  | pass   | recognised                  |
        | Microsoft application policies         | 1.3.6.1.4.1.311.21.10      | pass   | recognised                  |
        | a private one nobody knows             | 1.3.6.1.4.1.99999.1        | fail   | 1.3.6.1.4.1.99999.1         |
        | the CT precertificate poison           | 1.3.6.1.4.1.11129.2.4.3    | fail   | not one certificate users   |

    Scenario: An unrecognised critical extension rejects the certificate
      Given the external certificate has:
        | critical extension | 1.3.6.1.4.1.99999.1 |
      When the certificate is checked
      Then the certificate is rejected

  @GEN-KEY-007
  Rule: An RSA public key has an odd exponent of at least 3 and an odd modulus

    Scenario Outline: An RSA key with <flaw>
      Given the external certificate has:
        | RSA public key | <flaw> |
      When the certificate is checked
      Then the findings include:
        | rule        | status | message contains |
        | GEN-KEY-007 | fail   | <message>        |
      And the certificate is rejected

      Examples:
        | flaw         | message                                    |
        | exponent 1   | the public exponent 1 is not an odd number |
        | even modulus | the modulus is even                        |

    Scenario: The test PKI's own RSA keys are well-formed
      Given a well-formed external certificate
      When the certificate is checked
      Then the findings include:
        | rule        | status |
        | GEN-KEY-007 | pass   |

  @GEN-SERIAL-001
  Rule: The serial number is a positive integer (a warning: Windows tolerates the others)

    Scenario Outline: Serial number <serial>
      Given the external certificate has:
        | serial number | <serial> |
      When the certificate is checked
      Then the findings include:
        | rule           | status   | message contains |
        | GEN-SERIAL-001 | <status> | <message>        |
      And the certificate passes

      Examples:
        | serial    | status | message                       |
        | 305419896 | pass   | the serial number is positive |
        | 0         | warn   | the serial number is zero     |
        | -1        | warn   | the serial number is negative |

  @GEN-VALID-001 @GEN-VALID-002 @GEN-VALID-003
  Rule: Valid today, and not expiring within 30 days

    Scenario Outline: Valid from <from> until <until>, checked on 2026-01-01
      Given the external certificate has:
        | valid from  | <from>  |
        | valid until | <until> |
      When the certificate is checked
      Then the findings include:
        | rule          | status      |
        | GEN-VALID-001 | <valid-001> |
        | GEN-VALID-002 | <valid-002> |
        | GEN-VALID-003 | <valid-003> |

      Examples:
        | from       | until      | valid-001 | valid-002 | valid-003      |
        | 2025-12-02 | 2026-12-31 | pass      | pass      | pass           |
        | 2026-02-01 | 2027-02-01 | fail      | pass      | pass           |
        | 2024-12-01 | 2025-12-31 | pass      | fail      | not-applicable |
        | 2025-12-02 | 2026-01-20 | pass      | pass      | warn           |
        | 2025-12-02 | 2026-01-31 | pass      | pass      | warn           |
        | 2025-12-02 | 2026-02-01 | pass      | pass      | pass           |

    Scenario: An expired certificate is rejected
      Given the external certificate has:
        | valid until | 2025-12-31 |
      When the certificate is checked
      Then the certificate is rejected

  @GEN-CHAIN-001
  Rule: The chain reaches a trusted root; the missing issuer is named

    Scenario Outline: The <role> certificate issued by <issuer>
      Given the <role> certificate has:
        | issuer | <issuer> |
      When the certificate is checked
      Then the findings include:
        | rule          | status   | message contains |
        | GEN-CHAIN-001 | <status> | <message>        |

      Examples:
        | role     | issuer                                 | status | message                                |
        | external | a public CA                            | pass   | the chain ends at the root             |
        | external | a public CA, intermediate not supplied | fail   | the issuer CN=edgecert Test Issuing CA |
        | external | itself                                 | fail   | self-signed                            |
        | internal | itself                                 | warn   | self-signed                            |
