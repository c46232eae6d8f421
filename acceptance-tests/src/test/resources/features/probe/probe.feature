@probe
Feature: The live Edge is checked against its plan
  Federation breaks on what the Edge actually presents, not on the file an admin thinks was
  assigned: a pool member with last year's certificate, an Edge that does not send its
  intermediate, a missing DNS record. edgecert looks the Edge up in DNS as partners do, connects to
  every address of every Edge name and judges what each one presents against the plan.

  Background:
    Given today is 2026-01-01
    And a Lync Server 2013 deployment
    And SIP domains contoso.com
    And a scaled consolidated Edge pool, DNS load balancing with public IP addresses, of edge1.contoso.net and edge2.contoso.net
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled
    And certificates are made like this unless a scenario says otherwise:
      | field                  | external                            |
      | subject                | sip.contoso.com                     |
      | SANs                   | sip.contoso.com, webcon.contoso.com |
      | EKU                    | Server                              |
      | key                    | RSA 2048                            |
      | signature              | SHA-256 with RSA                    |
      | issuer                 | a public CA                         |
      | CRL distribution point | http://crl.ca.example/issuing.crl   |
      | valid from             | 2025-12-02                          |
      | valid until            | 2026-12-31                          |
      | basic constraints      | end entity                          |
      | file                   | PEM                                 |
      | key provider           | none                                |

  Scenario: Every pool member presents the planned certificate
    Given the Edge pool answers at 127.0.0.2 and 127.0.0.3, every member with the external certificate
    When the live Edge is probed
    Then the live Edge passes
    And the probe finds:
      | where                              | rule          | status |
      | _sipfederationtls._tcp.contoso.com | DNS-SRV-001   | pass   |
      | _sip._tls.contoso.com              | DNS-SRV-002   | pass   |
      | 127.0.0.2                          | DNS-SAN-001   | pass   |
      | 127.0.0.2                          | EXT-POOL-001  | pass   |
      | 127.0.0.3                          | EXT-POOL-001  | pass   |
      | 127.0.0.3                          | NET-TLS-001   | pass   |
      | 127.0.0.3                          | GEN-CHAIN-001 | pass   |
      | 127.0.0.4                          | EXT-SAN-003   | pass   |
      | 127.0.0.5                          | NET-REACH-001 | pass   |

  Scenario: One pool member still presents another certificate
    Given the Edge pool answers at 127.0.0.2 and 127.0.0.3, every member with the external certificate
    And the member at 127.0.0.3 presents an external certificate with:
      | key         | RSA 3072   |
      | valid until | 2026-01-20 |
    When the live Edge is probed
    Then the live Edge is rejected
    And the probe finds:
      | where     | rule          | status |
      | 127.0.0.2 | EXT-POOL-001  | pass   |
      | 127.0.0.3 | EXT-POOL-001  | fail   |
      | 127.0.0.3 | GEN-VALID-003 | warn   |

  Scenario: A pool member whose certificate has expired
    Given the Edge pool answers at 127.0.0.2 and 127.0.0.3, every member with the external certificate
    And the member at 127.0.0.3 presents an external certificate with:
      | valid from  | 2024-12-01 |
      | valid until | 2025-12-01 |
    When the live Edge is probed
    Then the live Edge is rejected
    And the probe finds:
      | where     | rule          | status |
      | 127.0.0.2 | GEN-VALID-002 | pass   |
      | 127.0.0.3 | GEN-VALID-002 | fail   |
      | 127.0.0.3 | NET-REACH-001 | pass   |

  Scenario: An Edge that does not send its intermediate certificate
    Given the Edge pool answers at 127.0.0.2 and 127.0.0.3, every member with the external certificate
    And the member at 127.0.0.3 presents an external certificate with:
      | issuer | a public CA, intermediate not supplied |
    When the live Edge is probed
    Then the live Edge is rejected
    And the probe finds:
      | where     | rule          | status |
      | 127.0.0.2 | GEN-CHAIN-001 | pass   |
      | 127.0.0.3 | GEN-CHAIN-001 | fail   |

  Scenario: Federation partners cannot find the Edge without its SRV record
    Given the Edge pool answers at 127.0.0.2 and 127.0.0.3, every member with the external certificate
    And DNS does not publish _sipfederationtls._tcp.contoso.com
    When the live Edge is probed
    Then the live Edge is rejected
    And the probe finds:
      | where                              | rule        | status |
      | _sipfederationtls._tcp.contoso.com | DNS-SRV-001 | fail   |
      | _sip._tls.contoso.com              | DNS-SRV-002 | pass   |
