package io.edgecert.domain.plan;

/**
 * Set-CsCertificate / Request-CsCertificate -Type values for Edge usages, with the wizard label
 * (PS-TYPE-001).
 */
public enum UsageType {
  ACCESS_EDGE_EXTERNAL("AccessEdgeExternal", "SIP Access Edge External"),
  DATA_EDGE_EXTERNAL("DataEdgeExternal", "Web Conferencing Edge External"),
  AUDIO_VIDEO_AUTHENTICATION("AudioVideoAuthentication", "A/V Edge External"),
  INTERNAL("Internal", "Edge Internal");

  private final String typeName;
  private final String wizardLabel;

  UsageType(String typeName, String wizardLabel) {
    this.typeName = typeName;
    this.wizardLabel = wizardLabel;
  }

  /** The -Type value, e.g. {@code AccessEdgeExternal}. */
  public String typeName() {
    return typeName;
  }

  /** The label in the Deployment Wizard, e.g. "SIP Access Edge External". */
  public String wizardLabel() {
    return wizardLabel;
  }
}
