package io.edgecert.x509;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/**
 * A private key taken from a PKCS#12 file with its bag attributes: friendly name (1.2.840.113549.1.9.20)
 * and Microsoft key provider name (1.3.6.1.4.1.311.17.1), each null when absent. Never printed.
 */
record Pkcs12Key(PrivateKeyInfo info, String friendlyName, String providerName) {

  @Override
  public String toString() {
    return "Pkcs12Key[friendlyName=" + friendlyName + ", providerName=" + providerName + "]";
  }
}
