package io.edgecert.domain.topology;

import io.edgecert.domain.Coded;

/** Public IM connectivity providers (PIC). */
public enum PublicImProvider implements Coded {
  AOL("aol"),
  YAHOO("yahoo"),
  WINDOWS_LIVE("windows-live");

  private final String code;

  PublicImProvider(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
