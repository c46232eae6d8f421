package io.edgecert.application.service;

import io.edgecert.application.port.in.KeyChoice;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.RsaKeySizes;

/**
 * The key a request is made with: the command's choice over the topology's options, limited to what
 * a public CA accepts (RSA of 2048 bits or more, GEN-KEY-002; 2048 and 4096 are the documented
 * sizes of GEN-KEY-001, another one is made but warned about by the plan; EC keys on their curve
 * size).
 */
final class RequestKeys {
  static final String SOURCE = "key";

  private RequestKeys() {}

  static KeySpec resolve(KeyChoice choice, CertificateOptions options) {
    KeyAlgorithm algorithm =
        choice.algorithm() != null ? choice.algorithm() : options.keyAlgorithm();
    boolean fromTopology = choice.size() == 0 && algorithm == options.keyAlgorithm();
    int size = choice.size() != 0 ? choice.size() : defaultSize(algorithm, options);
    String origin = fromTopology ? " (from the topology)" : "";
    if (algorithm.isElliptic() && size != algorithm.curveBits()) {
      throw invalid(
          String.format(
              "key size %d%s does not fit %s, whose curve has %d bits; " + "leave the size out",
              size, origin, algorithm.code(), algorithm.curveBits()));
    }
    if (!algorithm.isElliptic() && (size < RsaKeySizes.RECOMMENDED || size > RsaKeySizes.MAX)) {
      throw invalid(
          String.format(
              "RSA key size %d%s cannot be requested: public CAs issue no RSA key below 2048"
                  + " bits (GEN-KEY-002), and 2048 and 4096 are the documented sizes (GEN-KEY-001:"
                  + " 1024, 2048, 4096); choose 2048 or 4096",
              size, origin));
    }
    return new KeySpec(algorithm, size);
  }

  private static int defaultSize(KeyAlgorithm algorithm, CertificateOptions options) {
    if (algorithm == options.keyAlgorithm()) {
      return options.keySize();
    }
    return algorithm.isElliptic() ? algorithm.curveBits() : CertificateOptions.DEFAULT_RSA_KEY_SIZE;
  }

  private static InvalidInputException invalid(String message) {
    return new InvalidInputException(SOURCE, InvalidInputException.Kind.INVALID, message);
  }
}
