package io.edgecert.cli;

import io.edgecert.domain.Coded;
import io.edgecert.domain.plan.CertificateRole;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a certificate role by its code: external, av-authentication or internal. */
public final class RoleConverter implements ITypeConverter<CertificateRole> {

  @Override
  public CertificateRole convert(String value) {
    return Coded.parse(CertificateRole.class, value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'" + value + "' is not a role; expected " + Coded.choices(CertificateRole.class)));
  }
}
