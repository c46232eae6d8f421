package io.edgecert.application.service;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.application.port.out.Pkcs12Builder;

/** Tells whether a key file is encrypted, as the PKCS#12 builder that reads keys finds it. */
public final class InspectKeyService implements InspectKeyUseCase {
  private final Pkcs12Builder builder;

  public InspectKeyService(Pkcs12Builder builder) {
    this.builder = builder;
  }

  @Override
  public boolean encrypted(InputFile key) {
    return builder.encrypted(key);
  }
}
