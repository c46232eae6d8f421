# Reading the tables (README.md in this folder says more): "Component" is compared with the plan;
# "Component (page label)" copies the page's label where the plan's label differs, and is never
# compared. SANs compare as a set unless the step says "SANs in this order". EKU "Server + Client"
# adds Client Authentication (the pages' "AOL only": the topology says whether AOL is in). "Notes"
# lists exactly the checkable notes, "exportable key" and "shared by pool members"; empty: neither.

@S08
Feature: S08 Certificate summary - Public instant messaging connectivity
  TechNet JJ618370, worked example B.8 of the rule reference. Public IM connectivity reuses the
  standard external certificate (PIC-001); AOL alone adds a requirement, the Client Authentication
  EKU, on each pool member's certificate (PIC-002, EXT-EKU-002). The page's SANs are in canonical
  order. It has no internal row.

  Background:
    Given a Lync Server 2013 deployment
    And SIP domains contoso.com and fabrikam.com
    And a single consolidated Edge Server with public IP addresses
    And the Edge names:
      | Access Edge           | sip.contoso.com    |
      | Web Conferencing Edge | webcon.contoso.com |
      | A/V Edge              | av.contoso.com     |
      | Edge internal         | lsedge.contoso.net |
    And SIP federation is enabled

  @PIC-001 @PIC-002 @EXT-EKU-001 @EXT-EKU-002 @EXT-SAN-004 @PIC-004
  Scenario: Public IM connectivity with AOL, Yahoo! and Windows Live
    Given public IM connectivity with AOL, Yahoo! and Windows Live
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                  | EKU             | CA     | Notes          |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server + Client | Public | exportable key |
    And the plan advises:
      | rule    | severity |
      | PIC-004 | info     |

  @PIC-003 @EXT-EKU-001
  Scenario: Without AOL, Yahoo! and Windows Live need no Client EKU
    Given public IM connectivity with Yahoo! and Windows Live
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                  | EKU    | CA     | Notes          |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server | Public | exportable key |

  @PIC-002 @EXT-EKU-002 @EXT-POOL-001 @AMB-09
  Scenario: With AOL, each pool member's certificate carries the Client EKU
    Given a scaled consolidated Edge pool, DNS load balancing with public IP addresses, of edge1.contoso.net and edge2.contoso.net
    And public IM connectivity with AOL
    When the certificates are planned
    Then the planned external certificate is, SANs in this order:
      | Component (page label) | Subject name    | SANs                                                  | EKU             | CA     | Notes                                  |
      | External/Access Edge   | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server + Client | Public | exportable key, shared by pool members |
