package io.edgecert.application.service;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.Pkcs12Draft;
import io.edgecert.application.port.out.Pkcs12Protection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** A PKCS#12 builder whose draft remembers how it was packed and packs a readable marker. */
final class FakePkcs12Builder implements Pkcs12Builder, Pkcs12Draft {
  static final String THUMBPRINT = "0123456789ABCDEF0123456789ABCDEF01234567";
  static final byte[] PEM = "-----BEGIN CERTIFICATE-----".getBytes(StandardCharsets.US_ASCII);
  BundleMaterials materials;
  String friendlyName;
  Pkcs12Protection protection;
  Instant notBefore = Instant.parse("2025-01-01T00:00:00Z");
  Instant notAfter = Instant.parse("2026-01-01T00:00:00Z");

  @Override
  public Pkcs12Draft prepare(BundleMaterials materials) {
    this.materials = materials;
    return this;
  }

  @Override
  public boolean encrypted(InputFile key) {
    return key.name().contains("encrypted");
  }

  @Override
  public String thumbprint() {
    return THUMBPRINT;
  }

  @Override
  public Instant notBefore() {
    return notBefore;
  }

  @Override
  public Instant notAfter() {
    return notAfter;
  }

  @Override
  public List<String> chain() {
    return List.of("CN=sip.contoso.com", "CN=Test Root");
  }

  @Override
  public String missingIssuer() {
    return null;
  }

  @Override
  public byte[] certificatesPem() {
    return PEM.clone();
  }

  @Override
  public byte[] pkcs12(char[] password, String friendlyName, Pkcs12Protection protection) {
    this.friendlyName = friendlyName;
    this.protection = protection;
    return ("PFX " + new String(password)).getBytes(StandardCharsets.UTF_8);
  }
}
