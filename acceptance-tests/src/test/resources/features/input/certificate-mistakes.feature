Feature: A certificate that cannot be read is refused
  An unreadable certificate or a wrong PKCS#12 password is a user mistake, not a finding: the
  command line exits with 2 and the REST API answers 422, each with a message that names the
  problem and never the password.

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

  Scenario: A file that holds no certificate
    Given a file that holds no certificate is handed in as the external certificate
    When the certificate is checked
    Then the certificate is refused because "found neither PEM text nor DER data"

  Scenario: A PKCS#12 file with the wrong password
    Given the external certificate has:
      | file | PKCS#12 with its key |
    And the PKCS#12 password given is wrong
    When the certificate is checked
    Then the certificate is refused because "wrong password for the PKCS#12 file"
