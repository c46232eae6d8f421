# Reading the tables: README.md in this folder.

@S07
Feature: S07 Certificate summary - XMPP federation
  TechNet JJ618374, worked example B.7 of the rule reference. XMPP federation at root level for
  contoso.com puts the bare domain contoso.com in the SAN, opening XMPP to every domain with that
  suffix; the first three SANs are the usual Edge entries. The page states no EKU and no CA: the
  table holds what GEN-EKU-001 and EXT-CA-001 give. It has no internal row.

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with public IP addresses
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |

  @XMPP-001 @EXT-SAN-001 @EXT-SAN-003 @EXT-SAN-004
  Scenario: XMPP federation enabled at root level for contoso.com
    Given XMPP federation for contoso.com, named by the bare domains
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                    | Subject name    | SANs                                                               | EKU    | CA     | Notes          |
      | Assign to Access Edge service of Edge Server or Edge pool | sip.contoso.com | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, contoso.com | Server | Public | exportable key |

  # The intro: child domains open XMPP to a subset of the users.
  @XMPP-001
  Scenario: XMPP federation for the child domains corp.contoso.com and finance.contoso.com
    Given XMPP federation for corp.contoso.com and finance.contoso.com, named by the bare domains
    When the certificates are planned
    Then the planned external certificate is:
      | Component (page label)                                    | Subject name    | SANs                                                                                         | EKU    | CA     | Notes          |
      | Assign to Access Edge service of Edge Server or Edge pool | sip.contoso.com | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com, corp.contoso.com, finance.contoso.com | Server | Public | exportable key |
