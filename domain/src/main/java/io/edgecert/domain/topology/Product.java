package io.edgecert.domain.topology;

import io.edgecert.domain.Coded;

/** The server product whose Edge is planned. */
public enum Product implements Coded {
  LYNC_2013("lync-2013", "Lync Server 2013"),
  SFB_2015("sfb-2015", "Skype for Business Server 2015"),
  SFB_2019("sfb-2019", "Skype for Business Server 2019");

  private final String code;
  private final String displayName;

  Product(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  @Override
  public String code() {
    return code;
  }

  public String displayName() {
    return displayName;
  }

  /** Skype for Business Server 2015 or 2019. */
  public boolean isSkypeForBusiness() {
    return this != LYNC_2013;
  }
}
