package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.domain.plan.CertificateRole;

/** Reads a certificate role by its code (external, av-authentication or internal), by the core. */
public final class RoleConverter extends InputValueConverter<CertificateRole> {

  public RoleConverter() {
    super(InputValues::role);
  }
}
