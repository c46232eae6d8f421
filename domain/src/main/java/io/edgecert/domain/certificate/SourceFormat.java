package io.edgecert.domain.certificate;

import io.edgecert.domain.Coded;

/** The encoding a certificate input was found in (detected from content, not the file name). */
public enum SourceFormat implements Coded {
  PEM("pem"),
  DER("der"),
  PKCS7("pkcs7"),
  PKCS12("pkcs12"),
  PKCS10("pkcs10");

  private final String code;

  SourceFormat(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
