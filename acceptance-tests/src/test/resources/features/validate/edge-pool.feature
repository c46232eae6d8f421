# The certificate tables: README.md in this folder.

Feature: One certificate and key on every member of an Edge pool
  Every Edge Server of a pool holds the identical external certificate: same issuer and same
  private key, in practice the same thumbprint (S04-S06, S13, K1), because MRAS tokens signed by
  the A/V Authentication service of one member must verify on another. The certificate is
  requested once and the same PFX imported on every member. Each file is handed in as the copy of
  one member of edge.servers (the CLI's --member NAME=FILE, the API's member of a certificate);
  the copies of a role are compared in the report's pool section. The internal certificate is
  shared the same way (INT-POOL-001).

  Background:
    Given today is 2026-01-01
    And a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a scaled consolidated Edge pool, DNS load balancing with private IP addresses using NAT, of edge1.contoso.net and edge2.contoso.net
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
      | file                   | PKCS#12 with its key                                  | PKCS#12 with its key              |
      | key provider           | CryptoAPI                                             | CryptoAPI                         |

  @EXT-POOL-001 @S04
  Rule: Every member of an Edge pool holds the same external certificate and key

    Scenario: The same PFX imported on every member
      Given one external certificate is imported on edge1.contoso.net and edge2.contoso.net
      When the certificates are checked
      Then the pool check of the external certificate finds:
        | rule         | status | message contains                                |
        | EXT-POOL-001 | pass   | every member holds the same certificate and key |
      And the pool section shows edge1.contoso.net and edge2.contoso.net holding the external certificate
      And the certificates pass

    Scenario Outline: Each member holds a certificate of its own, with the same names: <what>
      Given the members' external certificates have:
        | member            | key pair    |
        | edge1.contoso.net | A           |
        | edge2.contoso.net | <edge2 key> |
      When the certificates are checked
      Then the pool check of the external certificate finds:
        | rule         | status | message contains              |
        | EXT-POOL-001 | fail   | edge1.contoso.net has         |
        | EXT-POOL-001 | fail   | edge2.contoso.net has         |
        | EXT-POOL-001 | fail   | they differ in <what differs> |
      And the pool section shows edge1.contoso.net and edge2.contoso.net holding the external certificate
      And the certificates are rejected

      Examples:
        | what                              | edge2 key | what differs                          |
        | another key                       | B         | thumbprint, public key, serial number |
        | the same key, in another issuance | A         | thumbprint, serial number             |

    Scenario: A copy named for a server the pool does not have is refused
      Given one external certificate is imported on edge1.contoso.net and edge3.contoso.net
      When the certificates are checked
      Then the certificate is refused because "is not an Edge Server of the topology; edge.servers lists: edge1.contoso.net, edge2.contoso.net"

  @INT-POOL-001 @S04
  Rule: Every member of an Edge pool holds the same internal certificate and key

    Scenario: The same internal PFX imported on every member
      Given one internal certificate is imported on edge1.contoso.net and edge2.contoso.net
      When the certificates are checked
      Then the pool check of the internal certificate finds:
        | rule         | status | message contains                                |
        | INT-POOL-001 | pass   | every member holds the same certificate and key |
      And the certificates pass

    Scenario: Each member holds an internal certificate with a key of its own
      Given the members' internal certificates have:
        | member            | key pair |
        | edge1.contoso.net | A        |
        | edge2.contoso.net | B        |
      When the certificates are checked
      Then the pool check of the internal certificate finds:
        | rule         | status | message contains                                     |
        | INT-POOL-001 | fail   | they differ in thumbprint, public key, serial number |
      And the pool section shows edge1.contoso.net and edge2.contoso.net holding the internal certificate
      And the certificates are rejected
