package io.edgecert.application.port.in;

import java.util.Objects;

/**
 * The client certificate offered to an endpoint that asks for one (MTLS on 5061): a PKCS#12 file's
 * name and bytes, and its password (never printed).
 */
public record ClientCertificate(String name, byte[] pkcs12, char[] password) {

  public ClientCertificate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pkcs12, "pkcs12");
    password = password == null ? new char[0] : password;
  }

  @Override
  public String toString() {
    return "ClientCertificate[" + name + ", " + pkcs12.length + " bytes]";
  }
}
