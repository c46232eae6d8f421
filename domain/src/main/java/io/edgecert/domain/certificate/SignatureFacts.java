package io.edgecert.domain.certificate;

/** The signature algorithm of a certificate or request: its OID and a readable name. */
public record SignatureFacts(String oid, String name) {

  public static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
}
