package io.edgecert.json;

import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.util.List;

/**
 * Maps the {@code certificates} section: A/V decoupling, off-Edge requests, key algorithm and size.
 */
final class CertificatesMapping {
  static final List<String> KEYS =
      List.of("separateAvAuthentication", "requestedOffEdge", "keyAlgorithm", "keySize");

  private final Fields fields;

  CertificatesMapping(Fields fields) {
    this.fields = fields;
  }

  /** The options, or null (the defaults) when the section is missing or not a mapping. */
  CertificateOptions read(Located at) {
    Located options = fields.mapping(at, KEYS);
    if (options == null) {
      return null;
    }
    return new CertificateOptions(
        fields.flag(options.child("separateAvAuthentication")),
        fields.flag(options.child("requestedOffEdge")),
        fields.code(options.child("keyAlgorithm"), KeyAlgorithm.class),
        keySize(options.child("keySize")));
  }

  /** The key size in bits; 0 (the algorithm's default) when missing or wrong. */
  private int keySize(Located at) {
    Integer size = fields.whole(at, "a key size in bits (1024, 2048 or 4096 for rsa)");
    if (size != null && size <= 0) {
      fields.problems().add(at.path(), "expected a key size in bits greater than 0, found " + size);
      return 0;
    }
    return size == null ? 0 : size;
  }
}
