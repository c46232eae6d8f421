package io.edgecert.domain.probe;

import io.edgecert.domain.Coded;

/** A TLS protocol version an endpoint is asked for, oldest first, with its wire number. */
public enum TlsVersion implements Coded {
  TLS_1_0("1.0", 0x0301),
  TLS_1_1("1.1", 0x0302),
  TLS_1_2("1.2", 0x0303),
  TLS_1_3("1.3", 0x0304);

  private final String code;
  private final int wire;

  TlsVersion(String code, int wire) {
    this.code = code;
    this.wire = wire;
  }

  @Override
  public String code() {
    return code;
  }

  /** The version number on the wire, e.g. 0x0303 for TLS 1.2. */
  public int wire() {
    return wire;
  }

  /** The label a report shows, e.g. {@code TLS 1.2}. */
  public String label() {
    return "TLS " + code;
  }
}
