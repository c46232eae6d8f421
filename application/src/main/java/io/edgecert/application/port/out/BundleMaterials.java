package io.edgecert.application.port.out;

import io.edgecert.application.port.in.InputFile;
import java.util.List;
import java.util.Objects;

/**
 * What a PKCS#12 is made of: the key file (PKCS#8 or traditional PEM) and its passphrase (null when
 * unencrypted), the issued certificate file, the chain files, and whether the chain may stop short
 * of a root.
 */
public record BundleMaterials(
    InputFile key,
    char[] keyPassphrase,
    InputFile certificate,
    List<InputFile> chain,
    boolean allowIncompleteChain) {

  public BundleMaterials {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(certificate, "certificate");
    chain = List.copyOf(chain);
  }

  @Override
  public String toString() {
    return "BundleMaterials[" + key.name() + ", " + certificate.name() + ", " + chain + "]";
  }
}
