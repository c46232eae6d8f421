package io.edgecert.domain.plan;

import io.edgecert.domain.topology.KeyAlgorithm;
import java.util.Objects;

/** The key a certificate is requested with: algorithm and size in bits (curve size for EC). */
public record KeySpec(KeyAlgorithm algorithm, int size) {

  public KeySpec {
    Objects.requireNonNull(algorithm, "algorithm");
  }
}
