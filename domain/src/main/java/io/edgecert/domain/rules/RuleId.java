package io.edgecert.domain.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule catalogue: every rule of the Edge certificate reference, in the reference's order, with its
 * stable id, statement, severity, applicability and sources. Generated once from the reference
 * (sections A.1-A.13 and appendix Z of edge-certificate-rules.md) and kept by hand since.
 */
public enum RuleId {
  GEN_EKU_001(
      "GEN-EKU-001",
      Severity.MUST,
      "Every Edge server certificate, external and internal, must carry the Server Authentication EKU. anyExtendedKeyUsage alone does not count: Lync checks for Server Authentication itself (ADR 0028).",
      "always",
      "S10, S01–S06, S08, K1, K2",
      ""),
  GEN_KU_001(
      "GEN-KU-001",
      Severity.MUST,
      "When the keyUsage extension is present it must include digitalSignature, and keyEncipherment for an RSA key: a TLS server key without them cannot complete a handshake. An absent keyUsage is fine.",
      "keyUsage present",
      "R1 4.2.1.3, R2 7.4.2, R3 4.4.2.2",
      ""),
  GEN_CDP_001(
      "GEN-CDP-001",
      Severity.MUST,
      "Every server certificate must include a CRL Distribution Point.",
      "always",
      "S10, K2, K3",
      ""),
  GEN_CDP_002(
      "GEN-CDP-002",
      Severity.SHOULD,
      "The external certificate's CRL distribution points should include an `http` URI: the Edge reaches CRLs only over outbound HTTP (GEN-CRL-001), and federated partners cannot reach an internal LDAP CDP.",
      "external cert with a CDP",
      "S31, K1, R1 4.2.1.13",
      ""),
  GEN_SIG_001(
      "GEN-SIG-001",
      Severity.MUST,
      "The signature hash must be SHA-1 or a SHA-2 size (224, 256, 384 or 512 bit) that the OS supports.",
      "always",
      "S10, K2, K3",
      ""),
  GEN_SIG_002(
      "GEN-SIG-002",
      Severity.MUST,
      "Certificates signed with RSASSA-PSS are unsupported: they can break sign-in and call forwarding.",
      "always",
      "S10, K2, K3",
      ""),
  GEN_SIG_003(
      "GEN-SIG-003",
      Severity.INFO,
      "SHA-256 signatures are supported but not required. Offering SHA-256 externally means the external certificate itself is SHA-256-signed by a public CA.",
      "external cert",
      "S30, S27, K2",
      ""),
  GEN_KEY_001(
      "GEN-KEY-001",
      Severity.SHOULD,
      "Documented RSA key lengths are 1024, 2048 and 4096 bits; another size is undocumented (warning), not forbidden.",
      "RSA keys",
      "S10, P1 (-KeySize)",
      ""),
  GEN_KEY_002(
      "GEN-KEY-002",
      Severity.SHOULD,
      "Key lengths of 2048 bits or more are recommended; 1024 draws a warning. The certificate wizard defaults to 2048.",
      "RSA keys",
      "S10, S16, S17, S34, K4",
      ""),
  GEN_KEY_003(
      "GEN-KEY-003",
      Severity.SHOULD,
      "RSA is the default key algorithm; ECDH_P256, ECDH_P384 and ECDH_P521 are also accepted. edgecert treats them as EC P-256/P-384/P-521 keys. EC keys can only live in a CNG/KSP provider, which Lync 2010/2013 reportedly reject (third-party report, see GEN-KEY-005): warn on EC keys.",
      "always",
      "S10, P1 (-KeyAlg)",
      ""),
  GEN_KEY_006(
      "GEN-KEY-006",
      Severity.MUST,
      "An EC key must be on P-256, P-384 or P-521: `Request-CsCertificate -KeyAlg` (ECDH_P256, ECDH_P384, ECDH_P521) and Schannel take no other curve.",
      "EC keys",
      "P1 (-KeyAlg), S10",
      ""),
  GEN_ENR_001(
      "GEN-ENR-001",
      Severity.MUST,
      "Edge Servers cannot use certificate auto-enrollment; internal (non-Edge) servers can. A plan for an Edge Server therefore yields a manual or offline request (wizard or `Request-CsCertificate -Output`).",
      "Edge certs",
      "S10, K2, K3",
      ""),
  GEN_ENR_002(
      "GEN-ENR-002",
      Severity.INFO,
      "A web-based request to a Windows Server 2003 CA must come from Windows Server 2003 SP2 or Windows XP.",
      "Windows 2003 CA",
      "S10",
      ""),
  GEN_CSR_001(
      "GEN-CSR-001",
      Severity.MUST,
      "A certificate request's self-signature must verify with the request's own public key (proof of possession); every CA refuses a request whose signature does not verify.",
      "certificate request",
      "R4 3",
      ""),
  GEN_CA_001(
      "GEN-CA-001",
      Severity.INFO,
      "Supported issuers are internal Windows Server 2003/2008/2008 R2/2012/2012 R2 CAs or public CAs. MTLS certificates must chain to a trusted CA.",
      "always",
      "S30",
      ""),
  GEN_STORE_001(
      "GEN-STORE-001",
      Severity.MUST,
      "The certificate and its chain must sit in the local computer store, not the user or service store; otherwise the wizard cannot offer it for assignment.",
      "assignment",
      "S16",
      ""),
  GEN_STORE_002(
      "GEN-STORE-002",
      Severity.MUST,
      "The CA chain of the internal certificate must be imported into Trusted Root Certification Authorities on every Edge Server.",
      "internal cert",
      "S17, K4",
      ""),
  GEN_STORE_003(
      "GEN-STORE-003",
      Severity.SHOULD,
      "Friendly names should be unique within the computer store (documented for internal servers; a harmless rule to apply to Edge too).",
      "always",
      "S27, K2",
      ""),
  GEN_CRL_001(
      "GEN-CRL-001",
      Severity.INFO,
      "The Access Edge external interface opens outbound TCP 80 to reach CRLs. A plan may record this as a dependency of GEN-CDP-001.",
      "external cert",
      "S31, K1",
      ""),
  GEN_LIFE_001(
      "GEN-LIFE-001",
      Severity.SHOULD,
      "The product's extended support ends on a fixed date: Lync Server 2013 on 2023-04-11, Skype for Business Server 2015 and 2019 on 2025-10-14. After it Microsoft ships no security update; the supported on-premises successor is Skype for Business Server Subscription Edition (in place from 2015 or 2019, by migration from Lync 2013), or Microsoft Teams.",
      "`product`",
      "L1, L2, L3",
      ""),
  FQDN_001(
      "FQDN-001",
      Severity.MUST,
      "Server, pool and Edge FQDNs that can end up in a certificate subject or SAN must use only A–Z, a–z, 0–9 and hyphen in their labels (plus the dot separator). Underscores and Unicode are not allowed, because public CAs and external DNS often reject them.",
      "always",
      "S25, S26, K2, K3",
      ""),
  FQDN_002(
      "FQDN-002",
      Severity.MUST,
      "Topology Builder works with full FQDNs, never short names. A non-domain-joined Edge needs a DNS suffix, and for a single Edge the internal FQDN must equal the computer's FQDN.",
      "topology input",
      "S25, S26, K2",
      ""),
  FQDN_003(
      "FQDN-003",
      Severity.MUST,
      "Internationalized domain names are not supported.",
      "`product: sfb-2015` or `sfb-2019` (also implied for `lync-2013` by FQDN-001)",
      "K2, K3",
      ""),
  FQDN_004(
      "FQDN-004",
      Severity.INFO,
      "A DNS SRV record must point to an A/AAAA host in the same DNS domain as the SRV record itself (for example, `_sip._tls.fabrikam.com` cannot target a host in contoso.com). This is why each SIP domain needs its own `sip.<domain>` host and matching SAN entry.",
      "multiple SIP domains",
      "S26",
      ""),
  FQDN_005(
      "FQDN-005",
      Severity.INFO,
      "Implementation note (standard DNS/TLS behaviour, not from the Lync docs): compare host names case-insensitively and without a trailing dot.",
      "validation",
      "—",
      ""),
  FQDN_006(
      "FQDN-006",
      Severity.SHOULD,
      "Names in a certificate should carry no trailing dot (RFC 5280 preferred name syntax); comparisons still ignore it (FQDN-005).",
      "validation",
      "R1 4.2.1.6",
      ""),
  EXT_CA_001(
      "EXT-CA-001",
      Severity.MUST,
      "The external Edge certificate must come from a public CA that supports SAN. The UC partner list in KB 929395 is the reference list.",
      "always",
      "S01–S08, S13, S18, K1",
      ""),
  EXT_USAGE_001(
      "EXT-USAGE-001",
      Severity.INFO,
      "By default one external certificate serves three usages: the Access Edge service (wizard \"SIP Access Edge External\", type `AccessEdgeExternal`), the Web Conferencing Edge service (\"Web Conferencing Edge External\", `DataEdgeExternal`) and the A/V Authentication service (\"A/V Edge External\", `AudioVideoAuthentication`).",
      "always, unless `certificates.separateAvAuthentication: true`",
      "S09, S02–S06, S13, S18, P1 ex.7, K1, K2",
      "(default; separate certificates per service are allowed, S09/S12: apply the naming rules per usage)"),
  EXT_USAGE_002(
      "EXT-USAGE-002",
      Severity.INFO,
      "The A/V Edge service does not use a certificate to encrypt media. The only A/V-related certificate usage is the A/V (Media Relay) Authentication service. The A/V Edge external FQDN (`av.contoso.com`) therefore appears in no certificate table.",
      "always",
      "S01–S06, S13, K1",
      ""),
  EXT_SUBJECT_001(
      "EXT-SUBJECT-001",
      Severity.SHOULD,
      "The subject CN should be the Access Edge external FQDN (or the Access Edge VIP FQDN with HLB). Every Lync 2013 and SfB table uses `sip.contoso.com`. Lync 2013 dropped this as a hard requirement but keeps it as a recommendation for OCS compatibility (AMB-05).",
      "always",
      "S01–S08, S13, K1, H2",
      ""),
  EXT_SUBJECT_002(
      "EXT-SUBJECT-002",
      Severity.MUST,
      "The subject CN must be an explicit name and never a wildcard.",
      "always",
      "S11, S13",
      ""),
  EXT_SAN_001(
      "EXT-SAN-001",
      Severity.MUST,
      "The CN value must also appear as a SAN dNSName, because TLS checks SAN entries and ignores the subject. The tables call this the subject name being \"replicated\" in the SAN.",
      "always",
      "S01–S08, S13, K1",
      ""),
  EXT_SAN_002(
      "EXT-SAN-002",
      Severity.MUST,
      "The SAN must contain the Access Edge external FQDN (or the Access VIP FQDN with HLB).",
      "always",
      "S13, S01–S08",
      ""),
  EXT_SAN_003(
      "EXT-SAN-003",
      Severity.MUST,
      "The SAN must contain the Web Conferencing Edge external FQDN (or VIP FQDN), e.g. `webcon.contoso.com`.",
      "always",
      "S13, S16, S01–S08, K1",
      ""),
  EXT_SAN_004(
      "EXT-SAN-004",
      Severity.MUST,
      "For every SIP domain used for external client auto-configuration or federation, the SAN must include `sip.<sipdomain>`, e.g. `sip.contoso.com` and `sip.fabrikam.com`. The tables show `sip.fabrikam.com` as the second-SIP-domain example.",
      "every entry of `sipDomains` (each is used for external sign-in or federation)",
      "S02–S06, S08, S13, S16, K1",
      ""),
  EXT_SAN_005(
      "EXT-SAN-005",
      Severity.INFO,
      "The A/V Edge external FQDN need not be in SN or SAN, since the A/V Edge service ignores both. A validator should tolerate its presence.",
      "always",
      "S13, S01–S08 (AMB-07)",
      ""),
  EXT_SAN_006(
      "EXT-SAN-006",
      Severity.INFO,
      "SAN order carries no meaning. Validators must compare SAN lists as sets. A planner should still emit a deterministic order; tests copy the page-specific order from section (b).",
      "always",
      "S13 (AMB-02)",
      ""),
  EXT_SAN_007(
      "EXT-SAN-007",
      Severity.INFO,
      "The wizard and `Request-CsCertificate` fill in SN/SAN from the published topology. The administrator adds anything else: extra SIP domains through the wizard's \"SIP Domain Setting on SANs\" page, and XMPP or other names through \"Configure Additional Subject Alternate Names\" or `-DomainName`.",
      "planning",
      "S01–S06, S16, S28, P1",
      ""),
  EXT_EKU_001(
      "EXT-EKU-001",
      Severity.MUST,
      "The external certificate must contain the Server Authentication EKU.",
      "always",
      "S01–S08",
      ""),
  EXT_EKU_002(
      "EXT-EKU-002",
      Severity.MUST,
      "With AOL public IM connectivity, the certificate carrying the Access Edge usage must also contain the Client Authentication EKU, on every pool member.",
      "`federation.publicIm` includes `aol`",
      "S01, S08, S19, P1 (-ClientEKU)",
      ""),
  EXT_EKU_003(
      "EXT-EKU-003",
      Severity.MUST,
      "A certificate with client EKU for AOL has to be requested from PowerShell (`Request-CsCertificate -New -Type AccessEdgeExternal -ClientEku $true -Template <name>`), because the wizard's default WebServer template cannot add client EKU. The CA administrator must first publish a template that permits client EKU.",
      "`federation.publicIm` includes `aol`",
      "S16",
      ""),
  EXT_KEY_001(
      "EXT-KEY-001",
      Severity.MUST,
      "In a pool, the external certificate's private key must be exportable, and the same certificate and key must be copied to and assigned on every Edge Server.",
      "an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S04, S05, S06, S09, S13, S16, K1",
      ""),
  EXT_KEY_002(
      "EXT-KEY-002",
      Severity.MUST,
      "For a single Edge Server, S13 still requires an exportable key (the A/V Authentication service needs it), and S09/S16 tell you to confirm the exportable flag. The single-server summary tables S02/S03 do not mention it.",
      "a single Edge Server (`edge.layout: single`)",
      "S13, S09, S16",
      "(contested, AMB-04)"),
  EXT_KEY_003(
      "EXT-KEY-003",
      Severity.MUST,
      "The key must be exportable whenever the CSR is generated on a machine other than the target Edge Server, for example a Front End done in advance.",
      "requests made off the Edge Server (`certificates.requestedOffEdge: true`)",
      "S13, S17, S18",
      ""),
  EXT_POOL_001(
      "EXT-POOL-001",
      Severity.MUST,
      "All pool members must hold the identical external certificate: same issuer and same private key, and in practice the same thumbprint.",
      "an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S04–S06, S09, S13, K1",
      ""),
  EXT_DEPLOY_001(
      "EXT-DEPLOY-001",
      Severity.INFO,
      "After a new external certificate is assigned on an Edge running the XMPP proxy, restart the Edge services (`Stop-CsWindowsService` / `Start-CsWindowsService`).",
      "XMPP federation (`federation.xmpp`)",
      "S15, S28",
      ""),
  INT_CA_001(
      "INT-CA-001",
      Severity.INFO,
      "The internal Edge certificate may come from an internal enterprise CA or a public CA. An internal CA is recommended to save cost.",
      "always",
      "S02–S06, S13, S17, S18, K1",
      "(should for internal CA)"),
  INT_SUBJECT_001(
      "INT-SUBJECT-001",
      Severity.SHOULD,
      "The subject CN is the Edge internal FQDN: the server FQDN for a single Edge, the internal pool FQDN for a DNS-LB pool, the internal VIP FQDN for HLB. Doc example: `lsedge.contoso.net`.",
      "always",
      "S02–S06, S13, S25, S23",
      "(S13 says the internal name is \"typically\" the internal FQDN)"),
  INT_SUBJECT_002(
      "INT-SUBJECT-002",
      Severity.MUST,
      "The internal subject CN must not be a wildcard (no role accepts a wildcard CN).",
      "always",
      "S11 (AMB-08)",
      ""),
  INT_SAN_001(
      "INT-SAN-001",
      Severity.INFO,
      "The internal certificate needs no SAN; only the SN is used. SAN entries are tolerated because they are never queried. `Request-CsCertificate` example 6 does include SANs.",
      "always",
      "S02–S06, S13, S11, P1 ex.6, K1",
      ""),
  INT_EKU_001(
      "INT-EKU-001",
      Severity.MUST,
      "The internal certificate must contain the Server Authentication EKU.",
      "always",
      "S02–S06, K1",
      ""),
  INT_POOL_001(
      "INT-POOL-001",
      Severity.MUST,
      "A pool needs one internal certificate with an exportable key, requested once, then imported and assigned on the internal interface of every member.",
      "an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S09, S17, K4",
      ""),
  INT_KEY_001(
      "INT-KEY-001",
      Severity.INFO,
      "For a single Edge Server, the internal key only needs to be exportable if the certificate will be reused elsewhere or was requested off-box. The wizard presents exportability as an option.",
      "a single Edge Server (`edge.layout: single`)",
      "S17, K4",
      ""),
  INT_USAGE_001(
      "INT-USAGE-001",
      Severity.INFO,
      "The internal certificate's usage is \"Edge Internal\" in the wizard and `Internal` for `-Type`.",
      "always",
      "S09, P1 ex.6, K4",
      ""),
  AV_001(
      "AV-001",
      Severity.INFO,
      "The A/V Authentication service signs the tokens that authorise media-relay port allocations with the private key of its certificate. Consumers may keep a token for as long as 8 hours, which is the default token lifetime. Once the certificate expires, tokens it produced are invalid and relay allocations fail.",
      "always",
      "S12, S14",
      ""),
  AV_002(
      "AV-002",
      Severity.MUST,
      "The A/V Authentication certificate on every pool member must come from the same CA and share the same private key, so the key must be exportable.",
      "an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S13, S12, S09, K1",
      ""),
  AV_003(
      "AV-003",
      Severity.INFO,
      "The A/V Authentication service ignores subject and SAN. The external (Access Edge) certificate can double as the A/V Authentication certificate, provided the Access and Web Conferencing naming rules hold and the key is exportable.",
      "always",
      "S13",
      ""),
  AV_004(
      "AV-004",
      Severity.SHOULD,
      "A separate (decoupled) `AudioVideoAuthentication` certificate is recommended when the `-Roll` staging feature will be used. The plan then has two external certificates: Access + Web Conferencing, and A/V Authentication.",
      "a separate A/V Authentication certificate (`certificates.separateAvAuthentication: true`)",
      "S09, S12, S13",
      ""),
  AV_005(
      "AV-005",
      Severity.MUST,
      "A decoupled A/V certificate must still be exportable and identical on every Edge in the pool. The wizard labels its usage \"A/V Edge External\".",
      "a separate A/V Authentication certificate (`certificates.separateAvAuthentication: true`) in an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S09, S12",
      ""),
  AV_006(
      "AV-006",
      Severity.INFO,
      "S01 says MRAS uses the certificate on the internal interface. Every other page binds A/V Authentication to the external certificate, and so does edgecert.",
      "—",
      "S01 vs S02–S06, S09, S13",
      ""),
  ROLL_001(
      "ROLL-001",
      Severity.MUST,
      "`-Roll` only works together with `-EffectiveDate` (the cmdlet fails without it). A full staging call also names `-Type` and `-Thumbprint`.",
      "staging",
      "S12, P2, P4",
      ""),
  ROLL_002(
      "ROLL-002",
      Severity.SHOULD,
      "Set an `AudioVideoAuthentication` EffectiveDate at least 8 hours (the token lifetime) before the current certificate expires, i.e. expiry minus token lifetime or earlier.",
      "staging AV",
      "S12",
      ""),
  ROLL_003(
      "ROLL-003",
      Severity.SHOULD,
      "Give `OAuthTokenIssuer` at least 24 hours of lead time before the current certificate expires.",
      "staging OAuth",
      "S12, S14",
      ""),
  ROLL_004(
      "ROLL-004",
      Severity.SHOULD,
      "When several types are staged in one call, use the longest minimum lead time among them (24 hours once OAuthTokenIssuer is included), or stage the types separately.",
      "mixed staging",
      "S12",
      ""),
  ROLL_005(
      "ROLL-005",
      Severity.MUST,
      "In an Edge pool, every member's new `AudioVideoAuthentication` certificate must be deployed and provisioned before the EffectiveDate of the first one staged.",
      "renewing with -Roll (staging) in an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S12",
      ""),
  ROLL_006(
      "ROLL-006",
      Severity.INFO,
      "From the effective time, new tokens come from the new certificate. Validation tries the new certificate first and falls back to the old one until the old one expires. After that, `Remove-CsCertificate -Type AudioVideoAuthentication -Previous` removes the old certificate.",
      "staging",
      "S12, P5",
      ""),
  ROLL_007(
      "ROLL-007",
      Severity.INFO,
      "Only `AudioVideoAuthentication` and `OAuthTokenIssuer` get the two-certificate coexistence. For a combined (Default/external) certificate only the A/V part benefits, and IM or web-conferencing users must sign in again when the Access or Web Conferencing certificate changes.",
      "staging",
      "S12",
      ""),
  ROLL_008(
      "ROLL-008",
      Severity.INFO,
      "The EffectiveDate string is parsed with the server's regional settings; the documentation examples use en-US.",
      "staging",
      "S12, P2, P4",
      ""),
  ROLL_009(
      "ROLL-009",
      Severity.INFO,
      "`OAuthTokenIssuer` is a global certificate held in the Central Management store and replicated to all servers. It is managed once, usually on a Front End, not per Edge.",
      "—",
      "S12, S14, P2 (-Identity Global)",
      ""),
  ROLL_010(
      "ROLL-010",
      Severity.INFO,
      "Roll staging (`-Roll`, `-EffectiveDate`, `-Previous`) exists in Lync Server 2013, SfB 2015 and SfB 2019 but not in Lync Server 2010.",
      "every `product`",
      "P2, P4, P5",
      ""),
  WILD_001(
      "WILD-001",
      Severity.MUST,
      "No role may use a wildcard subject CN.",
      "always",
      "S11, S13",
      ""),
  WILD_002(
      "WILD-002",
      Severity.MUST,
      "The external Edge certificate must not rely on wildcard SANs. Lync supports wildcards only for reverse-proxy simple URLs, so each SIP domain, the Web Conferencing Edge and each XMPP domain needs its own explicit SAN. S11 does not cover external Edge interfaces at all.",
      "external cert",
      "S09, S11",
      "(contested, AMB-03/AMB-08; product decision: error, except `*.<xmpp domain>` when the topology chose the host-and-wildcard XMPP style, then a warning)"),
  WILD_003(
      "WILD-003",
      Severity.INFO,
      "A wildcard SAN on the internal Edge certificate is allowed but pointless, since that SAN is never queried.",
      "internal cert",
      "S11, S13",
      ""),
  WILD_004(
      "WILD-004",
      Severity.INFO,
      "Wildcard SANs are supported on the reverse proxy (meet/dialin simple URLs and lyncdiscover), on Director and Front End web components (simple URLs, lyncdiscover and lyncdiscoverinternal), and for Exchange roles. None of these is an Edge certificate.",
      "non-Edge",
      "S11, S27",
      ""),
  WILD_005(
      "WILD-005",
      Severity.SHOULD,
      "Test UC devices (desk phones) after deploying any wildcard. Lync 2010 guidance adds that devices may fail when a wildcard SAN comes before the explicit FQDN entries, so place wildcard SANs after the explicit names.",
      "any wildcard SAN",
      "S11, H3",
      ""),
  WILD_006(
      "WILD-006",
      Severity.INFO,
      "Third-party testing reports that Lync Phone Edition fails to sign in when Access Edge or Front End certificates carry wildcard entries.",
      "devices",
      "T2",
      ""),
  SIPDOM_001(
      "SIPDOM-001",
      Severity.MUST,
      "Every SIP domain whose users sign in externally or federate must have `sip.<domain>` in the external certificate SAN. Any number of SIP domains can be added this way.",
      "every entry of `sipDomains` (external sign-in and federation)",
      "S02–S06, S13, K1",
      ""),
  SIPDOM_002(
      "SIPDOM-002",
      Severity.INFO,
      "External DNS convention, repeated per SIP domain: an A record `sip.<domain>` pointing at the Access Edge external interface; SRV `_sip._tls.<domain>` on 443 targeting `sip.<domain>` for external client auto-configuration; SRV `_sipfederationtls._tcp.<domain>` on 5061 targeting `sip.<domain>` for federation discovery and mobile push.",
      "per SIP domain",
      "S23, S22, K1",
      ""),
  SIPDOM_003(
      "SIPDOM-003",
      Severity.INFO,
      "Client lookup order (Lync 2013 desktop and mobile, not the Windows Store app): `lyncdiscoverinternal.<d>`, `lyncdiscover.<d>`, `_sipinternaltls._tcp.<d>`, `_sipinternal._tcp.<d>`, `_sip._tls.<d>`, `sipinternal.<d>`, `sip.<d>` (resolves to the Access Edge when the client is external), `sipexternal.<d>`. This fallback is why `sip.<d>` is the conventional Access Edge name.",
      "client behaviour",
      "S26",
      ""),
  SIPDOM_004(
      "SIPDOM-004",
      Severity.INFO,
      "Clients match the user's SIP domain strictly against SRV and host names by default; the `DisableStrictDNSNaming` group policy relaxes this to suffix matching.",
      "client behaviour",
      "S29",
      ""),
  SIPDOM_005(
      "SIPDOM-005",
      Severity.INFO,
      "The wizard adds `sip.<sipdomain>` entries when domains are ticked on its \"SIP Domain Setting on Subject Alternate Names\" page. `Request-CsCertificate -AllSipDomain` adds every SIP domain (without it, only the primary). `-DomainName` adds explicit names.",
      "planning",
      "S16, S28, P1 (AMB-11)",
      ""),
  SIPDOM_006(
      "SIPDOM-006",
      Severity.MUST,
      "Hybrid cloud consolidation: every Edge Server's external certificate must carry `sip.<domain>` for each SIP domain that exists only in the online tenant (`*.onmicrosoft.com` excluded), before users move to the cloud.",
      "`hybrid.onlineSipDomains` lists a domain (Lync 2013 and SfB alike: cloud consolidation covers on-premises Lync too)",
      "K6",
      ""),
  SIPDOM_007(
      "SIPDOM-007",
      Severity.INFO,
      "`sip.<sipdomain>` SANs on the Front End or Director Default certificate are needed only when that pool is the auto-logon server and strict DNS matching is on. If `sipinternal`/`sipexternal` names exist in DNS, they go in the SAN too. This is not an Edge rule and is listed to avoid confusion.",
      "non-Edge",
      "S27, K2",
      ""),
  SIPDOM_008(
      "SIPDOM-008",
      Severity.INFO,
      "Public CAs charge per SAN, and many SIP domains make certificates large. The docs state no maximum SAN count. A third party reports `Request-CsCertificate` failing against a Windows CA once the encoded extension exceeds 4096 characters (hundreds of SIP domains).",
      "many SIP domains",
      "T1",
      ""),
  XMPP_001(
      "XMPP-001",
      Severity.MUST,
      "Each XMPP-enabled domain must appear as a SAN on the external (Access Edge) certificate. Use the root domain (e.g. `contoso.com`) to open XMPP for the whole domain, or specific child domains (e.g. `corp.contoso.com`, `finance.contoso.com`) for a subset of users.",
      "XMPP federation (`federation.xmpp`)",
      "S01, S07",
      ""),
  XMPP_002(
      "XMPP-002",
      Severity.MUST,
      "Each SIP domain that takes part in XMPP adds its own XMPP namespace entry: S01 lists `contoso.com` and `fabrikam.com` as bare-domain SANs.",
      "XMPP federation (`federation.xmpp`) with more than one domain",
      "S01",
      ""),
  XMPP_003(
      "XMPP-003",
      Severity.INFO,
      "Once the XMPP proxy is installed, the certificate wizard pre-fills the domain name (e.g. `contoso.com`) as a SAN.",
      "XMPP federation (`federation.xmpp`)",
      "S15, S28",
      ""),
  XMPP_004(
      "XMPP-004",
      Severity.INFO,
      "The per-topology summary pages (S02–S06) and K1 instead show two extra SANs, `xmpp.contoso.com` and `*.contoso.com`. This variant conflicts with WILD-002.",
      "XMPP federation (`federation.xmpp`)",
      "S02–S06, K1 (AMB-03)",
      ""),
  XMPP_005(
      "XMPP-005",
      Severity.INFO,
      "DNS: SRV `_xmpp-server._tcp.<domain>` on 5269 targeting `xmpp.contoso.com`, plus an A record `xmpp.contoso.com` pointing at the Access Edge IP. Repeat per SIP domain that allows XMPP. S15 says the SRV points at the Access Edge FQDN instead.",
      "XMPP federation (`federation.xmpp`)",
      "S22, S23, S28, S15 (AMB-14)",
      ""),
  XMPP_006(
      "XMPP-006",
      Severity.INFO,
      "The XMPP proxy runs on the Edge and shares the Access Edge IP address. Topology Builder enables it with \"Enable XMPP federation (port 5269)\". XMPP is hosted in only one site.",
      "XMPP federation (`federation.xmpp`)",
      "S25, S14, S31, K1",
      ""),
  XMPP_007(
      "XMPP-007",
      Severity.INFO,
      "Google Talk is the only XMPP partner Microsoft tested. Its partner entry is created with `New-CsXmppAllowedPartner gmail.com -TlsNegotiation NotSupported -SaslNegotiation NotSupported -EnableKeepAlive $false -SupportDialbackNegotiation $true`. Inference: because TLS is not negotiated, Google Talk never validates the Edge certificate.",
      "XMPP federation (`federation.xmpp`)",
      "S15, S14, S32",
      ""),
  XMPP_008(
      "XMPP-008",
      Severity.INFO,
      "Users homed on a Survivable Branch Appliance cannot use XMPP federation (no certificate impact).",
      "XMPP federation (`federation.xmpp`)",
      "S32",
      ""),
  XMPP_009(
      "XMPP-009",
      Severity.MUST,
      "SfB Server 2019 neither supports nor ships the XMPP proxy or gateway. XMPP stays on a legacy (Lync 2013 / SfB 2015) Edge in coexistence. A plan for `SFB2019` must not emit XMPP SANs for the 2019 Edge; a validator warns (no page makes it an error) when a 2019 certificate carries them.",
      "`product: sfb-2019` with XMPP federation (`federation.xmpp`)",
      "K5, K1",
      ""),
  PIC_001(
      "PIC-001",
      Severity.INFO,
      "PIC reuses the standard external Edge certificate. AOL is the one provider with an extra requirement.",
      "`federation.publicIm` lists a provider",
      "S01, S08, S19",
      ""),
  PIC_002(
      "PIC-002",
      Severity.MUST,
      "AOL requires Client Authentication EKU in addition to server EKU on the Access Edge certificate (see EXT-EKU-002 and EXT-EKU-003).",
      "`federation.publicIm` includes `aol`",
      "S01, S08, S19, S16",
      ""),
  PIC_003(
      "PIC-003",
      Severity.INFO,
      "Yahoo! has no certificate requirements of its own. Windows Live adds A/V port requirements but no certificate change.",
      "`federation.publicIm` lists a provider",
      "S19",
      ""),
  PIC_004(
      "PIC-004",
      Severity.INFO,
      "The PIC user licence stopped being sold on 1 Sep 2012. AOL and Yahoo! PIC ended on 30 Jun 2014. Messenger users moved to Skype from April 2013, and public IM with Skype users ended when Microsoft retired consumer Skype on 5 May 2025. Each provider is flagged with its end date.",
      "`federation.publicIm` lists a provider",
      "S20, S19, M1",
      ""),
  PIC_005(
      "PIC-005",
      Severity.INFO,
      "Failover for public IM connectivity in an Edge pool needs hardware load balancing.",
      "`federation.publicIm` lists a provider, in an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S24",
      ""),
  PIC_006(
      "PIC-006",
      Severity.INFO,
      "PIC traffic uses the single Edge pool or server published for federation (see FED-004).",
      "`federation.publicIm` lists a provider",
      "S25",
      ""),
  FED_001(
      "FED-001",
      Severity.INFO,
      "Federation types: Direct = Allowed Partner Server (partner SIP domain plus partner Edge FQDN); Enhanced = Allowed Partner Domain (partner domain, Edge found through DNS SRV); Open Enhanced = Discovered Partner Domain (any domain through SRV); Server Allow List = Hosting Provider / Public IM Provider. None of them changes the certificate shape: the Edge plan already covers them.",
      "SIP federation (`federation.sip: true`)",
      "S21, S32",
      ""),
  FED_002(
      "FED-002",
      Severity.MUST,
      "Federation depends on a public-CA external certificate (EXT-CA-001) whose Access Edge name matches what partners resolve (EXT-SAN-002).",
      "SIP federation (`federation.sip: true`)",
      "S21, S13",
      ""),
  FED_003(
      "FED-003",
      Severity.INFO,
      "Discovery needs SRV `_sipfederationtls._tcp.<sipdomain>` on 5061 targeting the Access Edge host (`sip.contoso.com`) for each SIP domain. Mobile push (PNCH) needs the same record even when discovery is switched off.",
      "SIP federation (`federation.sip: true`) or mobility",
      "S21, S22, S23, K1",
      ""),
  FED_004(
      "FED-004",
      Severity.MUST,
      "Only one Edge Server or Edge pool per organisation can be published for federation. All federated and public IM traffic goes through it.",
      "SIP federation (`federation.sip: true`)",
      "S25",
      ""),
  FED_005(
      "FED-005",
      Severity.INFO,
      "Federation with OCS 2007 or 2007 R2 partners needs hardware load balancing for failover, because those partners do not understand DNS load balancing.",
      "SIP federation (`federation.sip: true`) in an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S21, S24",
      ""),
  FED_006(
      "FED-006",
      Severity.SHOULD,
      "Keeping subject CN = Access Edge FQDN (EXT-SUBJECT-001) is recommended for OCS compatibility.",
      "SIP federation (`federation.sip: true`)",
      "S13, H2",
      ""),
  HLB_001(
      "HLB-001",
      Severity.MUST,
      "Both Edge interfaces must use the same load-balancing type: DNS LB on both, or HLB on both.",
      "an Edge pool (`edge.layout: scaled-dns` or `scaled-hlb`)",
      "S24, S25",
      ""),
  HLB_002(
      "HLB-002",
      Severity.MUST,
      "Edge pools behind HLB cannot use NAT; the A/V Edge external addresses must be publicly routable. A pool may use private IPs with NAT only if it is DNS-load-balanced (a single Edge may also use NAT).",
      "a hardware-load-balanced pool (`edge.layout: scaled-hlb`)",
      "S24, S25, K1",
      ""),
  HLB_003(
      "HLB-003",
      Severity.MUST,
      "With HLB, the external certificate uses the VIP FQDNs (Access VIP as SN and SAN, Web Conferencing VIP in the SAN) and the internal certificate uses the internal VIP FQDN. In the docs' HLB example these are still `sip.contoso.com`, `webcon.contoso.com` and `lsedge.contoso.net`, each resolving to one VIP address.",
      "a hardware-load-balanced pool (`edge.layout: scaled-hlb`)",
      "S13, S25, S23 (HLB DNS summary)",
      ""),
  HLB_004(
      "HLB-004",
      Severity.INFO,
      "The internal HLB balances only Access Edge and A/V Edge traffic, not the internal Web Conferencing Edge or XMPP proxy traffic.",
      "a hardware-load-balanced pool (`edge.layout: scaled-hlb`)",
      "S24",
      ""),
  POOL_001(
      "POOL-001",
      Severity.INFO,
      "A DNS-LB pool has one pool FQDN per interface that resolves to every member (e.g. `sip.contoso.com` → 131.107.155.10 and 131.107.155.11; `lsedge.contoso.net` → 172.25.33.10 and 172.25.33.11). The certificates carry only the pool names, never per-member names.",
      "a DNS-load-balanced pool (`edge.layout: scaled-dns`)",
      "S23 (DNS LB summaries), S04, S05",
      ""),
  POOL_002(
      "POOL-002",
      Severity.INFO,
      "Each internal pool has at most one Edge pool (or single Edge) for A/V.",
      "topology",
      "S25",
      ""),
  POOL_003(
      "POOL-003",
      Severity.INFO,
      "SfB supports up to 12 Edge Servers per pool. Topology Builder accepts 20, but that is untested.",
      "`product: sfb-2015` or `sfb-2019`",
      "K1",
      ""),
  POOL_004(
      "POOL-004",
      Severity.INFO,
      "Topology Builder's \"Use a single FQDN and IP address\" option puts all three services on one external FQDN with different ports (recommended 5061 Access, 444 Web Conferencing, 443 A/V). The external certificate then needs only that one FQDN plus the SIP-domain entries (inference from EXT-SAN rules; no certificate table exists for this variant).",
      "single-FQDN option",
      "S25",
      ""),
  PS_TYPE_001(
      "PS-TYPE-001",
      Severity.INFO,
      "Edge usage types for `-Type`: `AccessEdgeExternal`, `DataEdgeExternal`, `AudioVideoAuthentication` (external) and `Internal` (internal). Several can be combined with commas, e.g. `-Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication`. Wizard names map as follows: SIP Access Edge External → AccessEdgeExternal, Web Conferencing Edge External → DataEdgeExternal, A/V Edge External → AudioVideoAuthentication, Edge Internal → Internal. The first three are grouped by the wizard as \"External Edge Certificate\" (assigned as \"Edge External\" in SfB).",
      "—",
      "S09, S12, P1–P5, K4",
      ""),
  PS_TYPE_002(
      "PS-TYPE-002",
      Severity.INFO,
      "The `-Type` list in the Request/Set/Get docs also includes `Default`, `External`, `WebServicesInternal`, `WebServicesExternal`, `WsFedTokenTransfer`, `iPhoneAPNService`, `iPadAPNService`, `MPNService`, and `PICWebService`/`ProvisionService` (online only). The Import-CsCertificate list adds `OAuthTokenIssuer`, `XMPPServer`, `LogRetentionService`, `SMPDNSWebService`, `TenantAdmin` and `UpgradeEngineService`. No Edge page says that an Edge needs an `XMPPServer` certificate (AMB-15).",
      "—",
      "P1–P5",
      ""),
  PS_REQ_001(
      "PS-REQ-001",
      Severity.INFO,
      "`Request-CsCertificate -New` parameters that matter for Edge: `-Type <CertType[]>` (required), `-ComputerFqdn`, `-DomainName` (comma-separated SAN FQDNs), `-AllSipDomain` (Lync 2013+), `-ClientEKU <bool>`, `-KeySize` (1024/2048/4096), `-KeyAlg` (RSA, ECDH_P256, ECDH_P384, ECDH_P521), `-PrivateKeyExportable <bool>`, `-Template <template name>`, `-FriendlyName`, `-Output <file>` (offline request), `-CA`, `-CaAccount`, `-CaPassword`, subject fields `-Organization/-OU/-City/-State/-Country`, `-Force`, `-Report`. Other parameter sets: `-List`, `-Retrieve` and `-Clear`, each optionally with `-RequestId`.",
      "—",
      "P1",
      ""),
  PS_REQ_002(
      "PS-REQ-002",
      Severity.INFO,
      "`Request-CsCertificate` reads the topology and fills in SN and SAN itself. With `-ComputerFqdn`, it puts the pool name in the subject.",
      "—",
      "P1",
      ""),
  PS_REQ_003(
      "PS-REQ-003",
      Severity.MUST,
      "`-Template` takes the template's name, not its display name, and the template must be published on the CA. The default is the Web Server (WebServer) template.",
      "when `-Template` given",
      "P1, S16",
      ""),
  PS_REQ_004(
      "PS-REQ-004",
      Severity.INFO,
      "`-DomainName` changed meaning. In Lync 2010 it was the Active Directory domain name. From Lync 2013 on it is the comma-separated list of extra SAN FQDNs.",
      "every `product`",
      "P1 (old version)",
      ""),
  PS_SET_001(
      "PS-SET-001",
      Severity.INFO,
      "`Set-CsCertificate` assigns an already-imported certificate through `-Thumbprint`, `-Reference` or (2013+) `-Path` with `-Identity` and `-Password`. Further parameters: `-Type`, `-EffectiveDate`, `-Roll`, `-Identity Global` (global certificates), `-Force`, `-Report`. `-NetportId` is reserved and Lync 2010 only.",
      "—",
      "P2",
      ""),
  PS_IMP_001(
      "PS-IMP-001",
      Severity.INFO,
      "`Import-CsCertificate -Path … [-Password] [-PrivateKeyExportable $true]` brings in a certificate obtained outside `Request-CsCertificate`. Here `-PrivateKeyExportable` lets the Network Service account read the private key. `-Roll` and `-EffectiveDate` are available too.",
      "—",
      "P4",
      ""),
  PS_GET_001(
      "PS-GET-001",
      Severity.INFO,
      "`Get-CsCertificate` lists only certificates assigned through `Set-CsCertificate`. Output fields: Issuer, NotAfter, NotBefore, SerialNumber, Subject, AlternativeNames, Thumbprint, Use. `-Type` filters, and `-Identity global` shows global certificates. It is the recommended tool for expiry checks.",
      "—",
      "P3, S33",
      ""),
  PS_TEST_001(
      "PS-TEST-001",
      Severity.INFO,
      "`Test-CsCertificateConfiguration` exists mainly for the wizard and returns only Thumbprint and Use. Administrators should use `Get-CsCertificate`.",
      "—",
      "P6, S33",
      ""),
  PS_REM_001(
      "PS-REM-001",
      Severity.INFO,
      "`Remove-CsCertificate -Type … [-Previous] [-Identity Global] [-Force]` removes the assignment, not the certificate. `-Previous` (2013+) drops the certificate that a roll superseded.",
      "—",
      "P5, S12",
      ""),
  GEN_VALID_001(
      "GEN-VALID-001",
      Severity.MUST,
      "The certificate must already be valid at the evaluation time (its validity has begun).",
      "always",
      "App. Z",
      ""),
  GEN_VALID_002(
      "GEN-VALID-002",
      Severity.MUST,
      "The certificate must be valid at the evaluation time: not expired.",
      "always",
      "App. Z",
      ""),
  GEN_VALID_003(
      "GEN-VALID-003",
      Severity.SHOULD,
      "The certificate should not expire within the warning window (default 30 days): renew it before.",
      "always",
      "App. Z",
      ""),
  GEN_CHAIN_001(
      "GEN-CHAIN-001",
      Severity.MUST,
      "The chain cannot be completed from the supplied intermediates to a trust anchor; the missing issuer is named.",
      "always",
      "App. Z",
      ""),
  GEN_KEY_004(
      "GEN-KEY-004",
      Severity.MUST,
      "The private key in a PKCS#12 file does not match its certificate.",
      "PKCS#12 with key",
      "App. Z",
      ""),
  GEN_KEY_005(
      "GEN-KEY-005",
      Severity.SHOULD,
      "The PKCS#12 key is marked for a CNG/KSP provider; Lync expects a legacy CryptoAPI (CSP) key.",
      "PKCS#12 with provider attribute",
      "App. Z",
      ""),
  GEN_BC_001(
      "GEN-BC-001",
      Severity.MUST,
      "The certificate is a CA certificate (basicConstraints CA=true) used as a server certificate.",
      "always",
      "App. Z",
      ""),
  EXT_SAN_008(
      "EXT-SAN-008",
      Severity.SHOULD,
      "The certificate carries a SAN that the plan does not call for (other than the tolerated A/V Edge FQDN): often a SIP domain that was removed from the topology and never from the certificate.",
      "external",
      "App. Z",
      ""),
  EXT_EKU_004(
      "EXT-EKU-004",
      Severity.SHOULD,
      "The plan needs clientAuth and the certificate comes from a public CA: public CAs are removing clientAuth from public TLS certificates (cut-offs vary by CA: Let's Encrypt 2026-05-13, Sectigo 2026-05-15, DigiCert 2027-03-01; Chrome requires serverAuth-only leaf certificates issued from 2027-03-15), so a renewal may not carry it. Lync needs clientAuth only for AOL PIC (retired 2014-06-30), never for federation MTLS, so no other rule may start requiring it.",
      "clientAuth planned",
      "App. Z",
      ""),
  DNS_SRV_001(
      "DNS-SRV-001",
      Severity.MUST,
      "Live check: SRV `_sipfederationtls._tcp.<sipdomain>` is published for every SIP domain (port 5061, targeting the Access Edge host), so that federation partners and mobile push find the Edge (FED-003, SIPDOM-002).",
      "`federation`, per SIP domain (edgecert probe)",
      "S21, S22, S23, K1",
      ""),
  DNS_SRV_002(
      "DNS-SRV-002",
      Severity.SHOULD,
      "Live check: SRV `_sip._tls.<sipdomain>` is published for every SIP domain (port 443, targeting the Access Edge host), for external client sign-in (SIPDOM-002).",
      "every entry of `sipDomains` (edgecert probe)",
      "S23, S29, K1",
      ""),
  DNS_SRV_003(
      "DNS-SRV-003",
      Severity.MUST,
      "Live check: SRV `_xmpp-server._tcp.<domain>` is published for every XMPP domain (port 5269, targeting `xmpp.<domain>` or the Access Edge host) (XMPP-005).",
      "`xmpp`, per XMPP domain (edgecert probe)",
      "S22, S23, S28, S15",
      ""),
  DNS_A_001(
      "DNS-A-001",
      Severity.MUST,
      "Live check: every Edge name the plan or an SRV record uses has an A or AAAA record; a DNS-LB pool name has one per member (SIPDOM-002, POOL-001).",
      "every endpoint (edgecert probe)",
      "S23, K1",
      ""),
  DNS_SAN_001(
      "DNS-SAN-001",
      Severity.MUST,
      "Live check: the name a peer reaches an endpoint by (the host, an SRV target, and for XMPP the XMPP domain) is a SAN of the certificate that endpoint presents; this is why each SIP domain needs its own `sip.<domain>` host and SAN (FQDN-004).",
      "every TLS endpoint (edgecert probe)",
      "S26, S23, S28",
      ""),
  NET_REACH_001(
      "NET-REACH-001",
      Severity.MUST,
      "Live check: every endpoint the plan requires answers: the Access Edge on 443 and 5061, the Web Conferencing Edge on 443 with a server certificate, the A/V Edge on TCP 443. A 5061 handshake that stops for want of a client certificate counts: the Edge presented its certificate.",
      "every endpoint (edgecert probe)",
      "S23, K1",
      ""),
  NET_TLS_001(
      "NET-TLS-001",
      Severity.MUST,
      "Implementation note (not from the Lync 2013 pages): a TLS endpoint accepts TLS 1.2; federation with Microsoft 365 and current partners requires it.",
      "every TLS endpoint (edgecert probe)",
      "—",
      ""),
  NET_TLS_002(
      "NET-TLS-002",
      Severity.SHOULD,
      "Implementation note (not from the Lync 2013 pages): a TLS endpoint refuses TLS 1.0 and 1.1, which current clients and Microsoft 365 no longer use.",
      "every TLS endpoint (edgecert probe)",
      "—",
      ""),
  NET_XMPP_001(
      "NET-XMPP-001",
      Severity.MUST,
      "Live check: the XMPP federation endpoint (5269) offers `<starttls/>` in its stream features and answers `<proceed/>` (RFC 6120 section 5), so partners validating certificates can negotiate TLS.",
      "`xmpp` (edgecert probe)",
      "S28, S22",
      "");

  private final String id;
  private final Severity severity;
  private final String statement;
  private final String appliesWhen;
  private final String sources;
  private final String severityNote;
  private volatile List<String> sourceList;

  private static final Pattern SOURCE_SEPARATOR = Pattern.compile(",\\s*");

  RuleId(
      String id,
      Severity severity,
      String statement,
      String appliesWhen,
      String sources,
      String severityNote) {
    this.id = id;
    this.severity = severity;
    this.statement = statement;
    this.appliesWhen = appliesWhen;
    this.sources = sources;
    this.severityNote = severityNote;
  }

  /** The stable id as written in the reference, e.g. {@code EXT-SAN-004}. */
  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** The rule in one sentence or a few, paraphrased from the documentation. */
  public String statement() {
    return statement;
  }

  /** When the rule applies, in the reference's condition vocabulary. */
  public String appliesWhen() {
    return appliesWhen;
  }

  /** The source keys (S01, K1, P1 ...) as one string, as the reference gives them. */
  public String sources() {
    return sources;
  }

  /** The source keys split into a list, e.g. [S13, S01–S08]; split once, as every finding asks. */
  public List<String> sourceList() {
    List<String> list = sourceList;
    if (list == null) {
      list = List.of(SOURCE_SEPARATOR.split(sources));
      sourceList = list;
    }
    return list;
  }

  /** Extra words on the severity (contested, product decision), empty when none. */
  public String severityNote() {
    return severityNote;
  }

  /** Finds a rule by its id, ignoring case. */
  public static Optional<RuleId> byId(String id) {
    for (RuleId rule : values()) {
      if (rule.id.equalsIgnoreCase(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
