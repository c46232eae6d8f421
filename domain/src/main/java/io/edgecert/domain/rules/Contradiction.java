package io.edgecert.domain.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contradictions between the sources that the reference lists in its section (c), AMB-01 to
 * AMB-19, each with the ADR that settles it and the rules it touches (the ADR's "Rules" line), so
 * that an id a plan note cites ({@code AMB-04}) resolves: {@code edgecert rules AMB-04} lists those
 * rules.
 */
public enum Contradiction {
  AMB_01(
      "AMB-01",
      "0001",
      RuleId.EXT_USAGE_001,
      RuleId.AV_003,
      RuleId.AV_004,
      RuleId.AV_005,
      RuleId.AV_006,
      RuleId.INT_USAGE_001),
  AMB_02("AMB-02", "0002", RuleId.EXT_SAN_006, RuleId.WILD_005, RuleId.FQDN_005),
  AMB_03(
      "AMB-03",
      "0003",
      RuleId.XMPP_001,
      RuleId.XMPP_002,
      RuleId.XMPP_004,
      RuleId.XMPP_009,
      RuleId.WILD_002,
      RuleId.WILD_005),
  AMB_04(
      "AMB-04",
      "0004",
      RuleId.EXT_KEY_001,
      RuleId.EXT_KEY_002,
      RuleId.EXT_KEY_003,
      RuleId.EXT_POOL_001,
      RuleId.AV_005),
  AMB_05(
      "AMB-05",
      "0005",
      RuleId.EXT_SUBJECT_001,
      RuleId.EXT_SUBJECT_002,
      RuleId.EXT_SAN_001,
      RuleId.EXT_SAN_002,
      RuleId.FED_006,
      RuleId.WILD_001),
  AMB_06("AMB-06", "0006", RuleId.INT_SUBJECT_001, RuleId.FQDN_001, RuleId.FQDN_002),
  AMB_07("AMB-07", "0007", RuleId.EXT_SAN_005, RuleId.EXT_SAN_008, RuleId.EXT_USAGE_002),
  AMB_08(
      "AMB-08",
      "0008",
      RuleId.WILD_001,
      RuleId.WILD_002,
      RuleId.WILD_003,
      RuleId.WILD_005,
      RuleId.EXT_SUBJECT_002,
      RuleId.INT_SUBJECT_002),
  AMB_09(
      "AMB-09",
      "0009",
      RuleId.EXT_EKU_002,
      RuleId.EXT_EKU_003,
      RuleId.EXT_EKU_004,
      RuleId.PIC_002,
      RuleId.PIC_003,
      RuleId.PIC_004),
  AMB_10("AMB-10", "0010", RuleId.HLB_002, RuleId.HLB_003),
  AMB_11(
      "AMB-11", "0011", RuleId.EXT_SAN_007, RuleId.SIPDOM_005, RuleId.XMPP_003, RuleId.PS_REQ_002),
  AMB_12(
      "AMB-12",
      "0012",
      RuleId.ROLL_001,
      RuleId.ROLL_002,
      RuleId.ROLL_003,
      RuleId.ROLL_005,
      RuleId.ROLL_009),
  AMB_13(
      "AMB-13",
      "0013",
      RuleId.GEN_KEY_001,
      RuleId.GEN_KEY_002,
      RuleId.GEN_KEY_003,
      RuleId.GEN_KEY_005,
      RuleId.GEN_SIG_001),
  AMB_14("AMB-14", "0014", RuleId.XMPP_004, RuleId.XMPP_005),
  AMB_15("AMB-15", "0015", RuleId.PS_TYPE_001, RuleId.PS_TYPE_002),
  AMB_16("AMB-16", "0016", RuleId.INT_POOL_001, RuleId.INT_KEY_001, RuleId.EXT_KEY_003),
  AMB_17(
      "AMB-17",
      "0017",
      RuleId.EXT_KEY_001,
      RuleId.EXT_POOL_001,
      RuleId.EXT_CA_001,
      RuleId.GEN_EKU_001),
  AMB_18("AMB-18", "0018", RuleId.GEN_SIG_001, RuleId.GEN_SIG_003),
  AMB_19("AMB-19", "0019", RuleId.PIC_005, RuleId.FED_005);

  private final String id;
  private final String adr;
  private final List<RuleId> rules;

  Contradiction(String id, String adr, RuleId... rules) {
    this.id = id;
    this.adr = adr;
    this.rules = List.of(rules);
  }

  /** The id as the reference writes it, e.g. {@code AMB-04}. */
  public String id() {
    return id;
  }

  /** The number of the ADR in docs/adr that settles it, e.g. {@code 0004}. */
  public String adr() {
    return adr;
  }

  /** The rules it touches, as its ADR lists them. */
  public List<RuleId> rules() {
    return rules;
  }

  /** Finds a contradiction by its id, ignoring case. */
  public static Optional<Contradiction> byId(String id) {
    String wanted = id.trim().toUpperCase(Locale.ROOT);
    for (Contradiction contradiction : values()) {
      if (contradiction.id.equals(wanted)) {
        return Optional.of(contradiction);
      }
    }
    return Optional.empty();
  }
}
