# Reading the tables: README.md in this folder.

Feature: Online SIP domains of a hybrid deployment (docs/topology.md, hybrid)
  A hybrid deployment lists the SIP domains that exist only in the online tenant under
  hybrid.onlineSipDomains: each needs its sip.<domain> name on the external certificate, except the
  tenant's own *.onmicrosoft.com domain, which Microsoft serves (issue 10, item 7).

  Rule: SIPDOM-006 An online SIP domain is named on the external certificate; the tenant's onmicrosoft.com domain is accepted and left out

    @SIPDOM-006
    Scenario: An online-only SIP domain adds its sip. name
      Given the topology file:
        """yaml
        version: 1
        product: sfb-2015
        sipDomains: [contoso.com]
        edge:
          layout: single
          addressing: nat
          accessEdge: sip.contoso.com
          webConferencingEdge: webcon.contoso.com
          avEdge: av.contoso.com
          internal: lsedge.contoso.net
        hybrid:
          onlineSipDomains: [fabrikam.com]
        """
      When the certificates are planned
      Then the planned external certificate is:
        | Component     | Subject name    | SANs                                                  | EKU    | CA     | Notes |
        | External Edge | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server | Public |       |

    @SIPDOM-006
    Scenario: The tenant's onmicrosoft.com domain is accepted and left out of the SANs
      Given the topology file:
        """yaml
        version: 1
        product: sfb-2015
        sipDomains: [contoso.com]
        edge:
          layout: single
          addressing: nat
          accessEdge: sip.contoso.com
          webConferencingEdge: webcon.contoso.com
          avEdge: av.contoso.com
          internal: lsedge.contoso.net
        hybrid:
          onlineSipDomains: [contoso.onmicrosoft.com, fabrikam.com]
        """
      When the certificates are planned
      Then the planned external certificate is:
        | Component     | Subject name    | SANs                                                  | EKU    | CA     | Notes |
        | External Edge | sip.contoso.com | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com | Server | Public |       |
