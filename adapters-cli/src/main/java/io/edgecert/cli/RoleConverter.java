package io.edgecert.cli;

import io.edgecert.application.port.in.InputValues;
import io.edgecert.application.port.in.InvalidValueException;
import io.edgecert.domain.plan.CertificateRole;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a certificate role by its code (external, av-authentication or internal), by the core. */
public final class RoleConverter implements ITypeConverter<CertificateRole> {

  @Override
  public CertificateRole convert(String value) {
    try {
      return InputValues.role("", value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.reason());
    }
  }
}
