package io.edgecert.domain.plan;

import io.edgecert.domain.Coded;
import java.util.Arrays;
import java.util.Optional;

/** The extended key usages an Edge certificate plan can call for. */
public enum ExtendedKeyUsage implements Coded {
  SERVER_AUTH("serverAuth", "1.3.6.1.5.5.7.3.1", "Server Authentication"),
  CLIENT_AUTH("clientAuth", "1.3.6.1.5.5.7.3.2", "Client Authentication");

  private final String code;
  private final String oid;
  private final String displayName;

  ExtendedKeyUsage(String code, String oid, String displayName) {
    this.code = code;
    this.oid = oid;
    this.displayName = displayName;
  }

  @Override
  public String code() {
    return code;
  }

  public String oid() {
    return oid;
  }

  public String displayName() {
    return displayName;
  }

  public static Optional<ExtendedKeyUsage> byOid(String oid) {
    return Arrays.stream(values()).filter(eku -> eku.oid.equals(oid)).findFirst();
  }
}
