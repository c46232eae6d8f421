# The certificate tables: README.md in this folder.

Feature: The private key in a PKCS#12 file
  Exportability is no property of X.509: only a PKCS#12 (PFX) file that carries the certificate's
  own key shows that the key was exportable (appendix X). A PFX is also checked for a key that
  matches its certificate and for the Windows key store it is marked for (appendix Z). The
  topology is the single Edge of S03; the PFX password is given with it.

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

  @GEN-KEY-004
  Rule: The private key in a PKCS#12 file matches its certificate

    Scenario Outline: A PFX with <file>
      Given the external certificate has:
        | file | <file> |
      When the certificate is checked
      Then the findings include:
        | rule        | status   |
        | GEN-KEY-004 | <status> |

      Examples:
        | file                     | status         |
        | PKCS#12 with its key     | pass           |
        | PKCS#12 with another key | fail           |
        | PEM                      | not-applicable |

    Scenario: A PFX whose key is another certificate's is rejected
      Given the external certificate has:
        | file | PKCS#12 with another key |
      When the certificate is checked
      Then the certificate is rejected

  @GEN-KEY-005
  Rule: The key is marked for a legacy CryptoAPI provider, not CNG

    Scenario Outline: A PFX whose key is marked for the provider <provider>
      Given the external certificate has:
        | file         | PKCS#12 with its key |
        | key provider | <provider>           |
      When the certificate is checked
      Then the findings include:
        | rule        | status   |
        | GEN-KEY-005 | <status> |
      And the certificate passes

      Examples:
        | provider  | status         |
        | CryptoAPI | pass           |
        | CNG       | warn           |
        | none      | not-applicable |

  @EXT-KEY-001 @EXT-KEY-002 @AMB-04
  Rule: The external key is exportable: in a pool, and on a single Lync 2013 Edge

    Scenario Outline: A single Edge Server's external certificate as <file>
      Given the external certificate has:
        | file | <file> |
      When the certificate is checked
      Then the findings include:
        | rule        | status         |
        | EXT-KEY-002 | <status>       |
        | EXT-KEY-001 | not-applicable |

      Examples:
        | file                 | status         |
        | PKCS#12 with its key | pass           |
        | PEM                  | not-applicable |

    @S04
    Scenario Outline: An Edge pool's external certificate as <file>
      Given a scaled consolidated Edge pool, DNS load balancing with private IP addresses using NAT, of edge1.contoso.net and edge2.contoso.net
      And the external certificate has:
        | file | <file> |
      When the certificate is checked
      Then the findings include:
        | rule        | status         |
        | EXT-KEY-001 | <status>       |
        | EXT-KEY-002 | not-applicable |

      Examples:
        | file                     | status         |
        | PKCS#12 with its key     | pass           |
        | PKCS#12 with another key | not-applicable |
        | PEM                      | not-applicable |

  @INT-POOL-001
  Rule: A pool's internal certificate has an exportable key, shared by every member

    @S04
    Scenario Outline: An Edge pool's internal certificate as <file>
      Given a scaled consolidated Edge pool, DNS load balancing with private IP addresses using NAT, of edge1.contoso.net and edge2.contoso.net
      And the internal certificate has:
        | file | <file> |
      When the certificate is checked
      Then the findings include:
        | rule         | status   |
        | INT-POOL-001 | <status> |

      Examples:
        | file                 | status         |
        | PKCS#12 with its key | pass           |
        | PEM                  | not-applicable |

    Scenario: A single Edge Server's internal certificate
      Given the internal certificate has:
        | file | PKCS#12 with its key |
      When the certificate is checked
      Then the findings include:
        | rule         | status         | message contains |
        | INT-POOL-001 | not-applicable | single server    |
