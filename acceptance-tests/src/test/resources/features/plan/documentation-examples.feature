# Reading the tables: README.md in this folder.

Feature: The example topologies of docs/examples plan to their page's certificates
  docs/topology.md promises that each example, named after its documentation page, gives that
  page's certificate table. Here each example file is planned as an administrator hands it in.

  Scenario Outline: docs/examples/<file> (<page>)
    Given the example topology "docs/examples/<file>"
    When the certificates are planned
    Then the plan has these certificates:
      | Component  | Subject name    | SANs            | EKU    | CA                | Notes            |
      | <external> | <subject>       | <sans>          | <eku>  | Public            | <external notes> |
      | <internal> | <internal fqdn> | No SAN required | Server | Public or private | <internal notes> |

    Examples:
      | page | file                        | external                                        | subject            | sans                                                                             | eku             | external notes                         | internal                                        | internal fqdn       | internal notes                         |
      | S01  | s01-sip-xmpp-pic.yaml       | Single consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, contoso.com, sip.fabrikam.com, fabrikam.com | Server + Client | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.net  |                                        |
      | S02  | s02-single-edge-nat.yaml    | Single consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.net  |                                        |
      | S02  | s02-single-edge-nat.json    | Single consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.net  |                                        |
      | S03  | s03-single-edge-public.yaml | Single consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.net  |                                        |
      | S04  | s04-scaled-dns-nat.yaml     | Scaled consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          | exportable key, shared by pool members | Scaled consolidated Edge (Internal Edge)        | lsedge.contoso.net  | exportable key, shared by pool members |
      | S05  | s05-scaled-dns-public.yaml  | Scaled consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          | exportable key, shared by pool members | Scaled consolidated Edge (Internal Edge)        | lsedge.contoso.net  | exportable key, shared by pool members |
      | S06  | s06-scaled-hlb.yaml         | Single consolidated Edge Server (External Edge) | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          | exportable key, shared by pool members | Single consolidated Edge Server (Internal Edge) | lsedge.contoso.net  | exportable key, shared by pool members |
      | S07  | s07-xmpp.yaml               | Single consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, contoso.com, sip.fabrikam.com               | Server          | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.net  |                                        |
      | S08  | s08-public-im.yaml          | Single consolidated Edge (External Edge)        | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server + Client | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.net  |                                        |
      | S13  | s13-external-access.yaml    | Single consolidated Edge (External Edge)        | access.contoso.com | access.contoso.com, sip.contoso.com, webcon.contoso.com, sip.fabrikam.com        | Server          | exportable key                         | Single consolidated Edge (Internal Edge)        | lsedge.contoso.com  |                                        |
      | K1   | k1-sfb-edge.yaml            | External Edge                                   | sip.contoso.com    | sip.contoso.com, webcon.contoso.com, sip.fabrikam.com                            | Server          |                                        | Internal Edge                                   | sfbedge.contoso.com |                                        |
