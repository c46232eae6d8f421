package io.edgecert.cli;

import io.edgecert.domain.Coded;
import io.edgecert.domain.topology.KeyAlgorithm;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a key algorithm by its code: rsa, ecdh-p256, ecdh-p384 or ecdh-p521. */
public final class KeyAlgorithmConverter implements ITypeConverter<KeyAlgorithm> {

  @Override
  public KeyAlgorithm convert(String value) {
    return Coded.parse(KeyAlgorithm.class, value)
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "'"
                        + value
                        + "' is not a key algorithm; expected "
                        + Coded.choices(KeyAlgorithm.class)));
  }
}
