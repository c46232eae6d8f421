package io.edgecert.domain.topology;

import io.edgecert.domain.Coded;

/** A single Edge Server, a DNS-load-balanced pool, or a pool behind hardware load balancers. */
public enum EdgeLayout implements Coded {
  SINGLE("single"),
  SCALED_DNS("scaled-dns"),
  SCALED_HLB("scaled-hlb");

  private final String code;

  EdgeLayout(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Two or more Edge Servers share one pool FQDN. */
  public boolean isPool() {
    return this != SINGLE;
  }
}
