package io.edgecert.domain.certificate;

import io.edgecert.domain.Coded;

/** Where the certificate's chain ends. */
public enum ChainStatus implements Coded {
  PUBLIC_ROOT("public-root"),
  PRIVATE_ROOT("private-root"),
  INCOMPLETE("incomplete"),
  SELF_SIGNED("self-signed"),
  NOT_CHECKED("not-checked");

  private final String code;

  ChainStatus(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
