package io.edgecert.domain.rules;

import java.util.List;
import java.util.Optional;

/**
 * The rule catalogue's identities: every rule of the Edge certificate reference, in the reference's
 * order, with its stable id and severity (which code and reports depend on). The words of each rule
 * (statement, applicability, sources, severity note) are data that domain experts edit: {@code
 * catalogue.txt} beside this class, read by {@link RuleCatalogue} on first use. Generated once from
 * the reference (sections A.1-A.13 and appendix Z of edge-certificate-rules.md) and kept by hand
 * since.
 */
public enum RuleId {
  GEN_EKU_001("GEN-EKU-001", Severity.MUST),
  GEN_KU_001("GEN-KU-001", Severity.MUST),
  GEN_CDP_001("GEN-CDP-001", Severity.MUST),
  GEN_CDP_002("GEN-CDP-002", Severity.SHOULD),
  GEN_SIG_001("GEN-SIG-001", Severity.MUST),
  GEN_SIG_002("GEN-SIG-002", Severity.MUST),
  GEN_SIG_003("GEN-SIG-003", Severity.INFO),
  GEN_KEY_001("GEN-KEY-001", Severity.SHOULD),
  GEN_KEY_002("GEN-KEY-002", Severity.SHOULD),
  GEN_KEY_003("GEN-KEY-003", Severity.SHOULD),
  GEN_KEY_006("GEN-KEY-006", Severity.MUST),
  GEN_ENR_001("GEN-ENR-001", Severity.MUST),
  GEN_ENR_002("GEN-ENR-002", Severity.INFO),
  GEN_CSR_001("GEN-CSR-001", Severity.MUST),
  GEN_CA_001("GEN-CA-001", Severity.INFO),
  GEN_STORE_001("GEN-STORE-001", Severity.MUST),
  GEN_STORE_002("GEN-STORE-002", Severity.MUST),
  GEN_STORE_003("GEN-STORE-003", Severity.SHOULD),
  GEN_CRL_001("GEN-CRL-001", Severity.INFO),
  GEN_LIFE_001("GEN-LIFE-001", Severity.SHOULD),
  FQDN_001("FQDN-001", Severity.MUST),
  FQDN_002("FQDN-002", Severity.MUST),
  FQDN_003("FQDN-003", Severity.MUST),
  FQDN_004("FQDN-004", Severity.INFO),
  FQDN_005("FQDN-005", Severity.INFO),
  FQDN_006("FQDN-006", Severity.SHOULD),
  EXT_CA_001("EXT-CA-001", Severity.MUST),
  EXT_USAGE_001("EXT-USAGE-001", Severity.INFO),
  EXT_USAGE_002("EXT-USAGE-002", Severity.INFO),
  EXT_SUBJECT_001("EXT-SUBJECT-001", Severity.SHOULD),
  EXT_SUBJECT_002("EXT-SUBJECT-002", Severity.MUST),
  EXT_SAN_001("EXT-SAN-001", Severity.MUST),
  EXT_SAN_002("EXT-SAN-002", Severity.MUST),
  EXT_SAN_003("EXT-SAN-003", Severity.MUST),
  EXT_SAN_004("EXT-SAN-004", Severity.MUST),
  EXT_SAN_005("EXT-SAN-005", Severity.INFO),
  EXT_SAN_006("EXT-SAN-006", Severity.INFO),
  EXT_SAN_007("EXT-SAN-007", Severity.INFO),
  EXT_EKU_001("EXT-EKU-001", Severity.MUST),
  EXT_EKU_002("EXT-EKU-002", Severity.MUST),
  EXT_EKU_003("EXT-EKU-003", Severity.MUST),
  EXT_KEY_001("EXT-KEY-001", Severity.MUST),
  EXT_KEY_002("EXT-KEY-002", Severity.MUST),
  EXT_KEY_003("EXT-KEY-003", Severity.MUST),
  EXT_POOL_001("EXT-POOL-001", Severity.MUST),
  EXT_DEPLOY_001("EXT-DEPLOY-001", Severity.INFO),
  INT_CA_001("INT-CA-001", Severity.INFO),
  INT_SUBJECT_001("INT-SUBJECT-001", Severity.SHOULD),
  INT_SUBJECT_002("INT-SUBJECT-002", Severity.MUST),
  INT_SAN_001("INT-SAN-001", Severity.INFO),
  INT_EKU_001("INT-EKU-001", Severity.MUST),
  INT_POOL_001("INT-POOL-001", Severity.MUST),
  INT_KEY_001("INT-KEY-001", Severity.INFO),
  INT_USAGE_001("INT-USAGE-001", Severity.INFO),
  AV_001("AV-001", Severity.INFO),
  AV_002("AV-002", Severity.MUST),
  AV_003("AV-003", Severity.INFO),
  AV_004("AV-004", Severity.SHOULD),
  AV_005("AV-005", Severity.MUST),
  AV_006("AV-006", Severity.INFO),
  ROLL_001("ROLL-001", Severity.MUST),
  ROLL_002("ROLL-002", Severity.SHOULD),
  ROLL_003("ROLL-003", Severity.SHOULD),
  ROLL_004("ROLL-004", Severity.SHOULD),
  ROLL_005("ROLL-005", Severity.MUST),
  ROLL_006("ROLL-006", Severity.INFO),
  ROLL_007("ROLL-007", Severity.INFO),
  ROLL_008("ROLL-008", Severity.INFO),
  ROLL_009("ROLL-009", Severity.INFO),
  ROLL_010("ROLL-010", Severity.INFO),
  WILD_001("WILD-001", Severity.MUST),
  WILD_002("WILD-002", Severity.MUST),
  WILD_003("WILD-003", Severity.INFO),
  WILD_004("WILD-004", Severity.INFO),
  WILD_005("WILD-005", Severity.SHOULD),
  WILD_006("WILD-006", Severity.INFO),
  SIPDOM_001("SIPDOM-001", Severity.MUST),
  SIPDOM_002("SIPDOM-002", Severity.INFO),
  SIPDOM_003("SIPDOM-003", Severity.INFO),
  SIPDOM_004("SIPDOM-004", Severity.INFO),
  SIPDOM_005("SIPDOM-005", Severity.INFO),
  SIPDOM_006("SIPDOM-006", Severity.MUST),
  SIPDOM_007("SIPDOM-007", Severity.INFO),
  SIPDOM_008("SIPDOM-008", Severity.INFO),
  XMPP_001("XMPP-001", Severity.MUST),
  XMPP_002("XMPP-002", Severity.MUST),
  XMPP_003("XMPP-003", Severity.INFO),
  XMPP_004("XMPP-004", Severity.INFO),
  XMPP_005("XMPP-005", Severity.INFO),
  XMPP_006("XMPP-006", Severity.INFO),
  XMPP_007("XMPP-007", Severity.INFO),
  XMPP_008("XMPP-008", Severity.INFO),
  XMPP_009("XMPP-009", Severity.MUST),
  PIC_001("PIC-001", Severity.INFO),
  PIC_002("PIC-002", Severity.MUST),
  PIC_003("PIC-003", Severity.INFO),
  PIC_004("PIC-004", Severity.INFO),
  PIC_005("PIC-005", Severity.INFO),
  PIC_006("PIC-006", Severity.INFO),
  FED_001("FED-001", Severity.INFO),
  FED_002("FED-002", Severity.MUST),
  FED_003("FED-003", Severity.INFO),
  FED_004("FED-004", Severity.MUST),
  FED_005("FED-005", Severity.INFO),
  FED_006("FED-006", Severity.SHOULD),
  HLB_001("HLB-001", Severity.MUST),
  HLB_002("HLB-002", Severity.MUST),
  HLB_003("HLB-003", Severity.MUST),
  HLB_004("HLB-004", Severity.INFO),
  POOL_001("POOL-001", Severity.INFO),
  POOL_002("POOL-002", Severity.INFO),
  POOL_003("POOL-003", Severity.INFO),
  POOL_004("POOL-004", Severity.INFO),
  PS_TYPE_001("PS-TYPE-001", Severity.INFO),
  PS_TYPE_002("PS-TYPE-002", Severity.INFO),
  PS_REQ_001("PS-REQ-001", Severity.INFO),
  PS_REQ_002("PS-REQ-002", Severity.INFO),
  PS_REQ_003("PS-REQ-003", Severity.MUST),
  PS_REQ_004("PS-REQ-004", Severity.INFO),
  PS_SET_001("PS-SET-001", Severity.INFO),
  PS_IMP_001("PS-IMP-001", Severity.INFO),
  PS_GET_001("PS-GET-001", Severity.INFO),
  PS_TEST_001("PS-TEST-001", Severity.INFO),
  PS_REM_001("PS-REM-001", Severity.INFO),
  GEN_VALID_001("GEN-VALID-001", Severity.MUST),
  GEN_VALID_002("GEN-VALID-002", Severity.MUST),
  GEN_VALID_003("GEN-VALID-003", Severity.SHOULD),
  GEN_CHAIN_001("GEN-CHAIN-001", Severity.MUST),
  GEN_KEY_004("GEN-KEY-004", Severity.MUST),
  GEN_KEY_005("GEN-KEY-005", Severity.SHOULD),
  GEN_BC_001("GEN-BC-001", Severity.MUST),
  GEN_EXT_001("GEN-EXT-001", Severity.MUST),
  GEN_KEY_007("GEN-KEY-007", Severity.MUST),
  GEN_SERIAL_001("GEN-SERIAL-001", Severity.SHOULD),
  EXT_SAN_008("EXT-SAN-008", Severity.SHOULD),
  EXT_EKU_004("EXT-EKU-004", Severity.SHOULD),
  DNS_SRV_001("DNS-SRV-001", Severity.MUST),
  DNS_SRV_002("DNS-SRV-002", Severity.SHOULD),
  DNS_SRV_003("DNS-SRV-003", Severity.MUST),
  DNS_A_001("DNS-A-001", Severity.MUST),
  DNS_SAN_001("DNS-SAN-001", Severity.MUST),
  NET_REACH_001("NET-REACH-001", Severity.MUST),
  NET_TLS_001("NET-TLS-001", Severity.MUST),
  NET_TLS_002("NET-TLS-002", Severity.SHOULD),
  NET_XMPP_001("NET-XMPP-001", Severity.MUST);

  private final String id;
  private final Severity severity;

  RuleId(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
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
    return RuleCatalogue.of(this).statement();
  }

  /** When the rule applies, in the reference's condition vocabulary. */
  public String appliesWhen() {
    return RuleCatalogue.of(this).appliesWhen();
  }

  /** The source keys (S01, K1, P1 ...) as one string, as the reference gives them. */
  public String sources() {
    return RuleCatalogue.of(this).sources();
  }

  /** The source keys split into a list, e.g. [S13, S01–S08]; split once, as every finding asks. */
  public List<String> sourceList() {
    return RuleCatalogue.of(this).sourceList();
  }

  /** Extra words on the severity (contested, product decision), empty when none. */
  public String severityNote() {
    return RuleCatalogue.of(this).severityNote();
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
