package io.edgecert.domain.topology;

import io.edgecert.domain.Coded;

/**
 * How the external Edge interfaces are addressed: public IP addresses or private ones behind NAT.
 */
public enum Addressing implements Coded {
  PUBLIC("public"),
  NAT("nat");

  private final String code;

  Addressing(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
