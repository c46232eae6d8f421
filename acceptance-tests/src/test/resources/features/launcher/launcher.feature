@launcher
Feature: The edgecert launcher plans a documentation example
  A smoke test of what an administrator runs: the ./edgecert script at the root of the source
  tree, as a separate process (it builds the jar first if it is missing or older than the sources).
  Only the command-line suite runs it.

  @S02
  Scenario: ./edgecert plan docs/examples/s02-single-edge-nat.yaml --format json
    When an administrator plans the example "docs/examples/s02-single-edge-nat.yaml" with the edgecert launcher
    Then the plan has these certificates:
      | Component                                | Subject name       | SANs                                                  | EKU    | CA                | Notes          |
      | Single consolidated Edge (External Edge) | sip.contoso.com    | webcon.contoso.com, sip.contoso.com, sip.fabrikam.com | Server | Public            | exportable key |
      | Single consolidated Edge (Internal Edge) | lsedge.contoso.net | No SAN required                                       | Server | Public or private |                |
