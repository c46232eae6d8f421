package io.edgecert.x509;

import io.edgecert.domain.certificate.SourceFormat;
import io.edgecert.domain.work.WorkBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Decodes PEM text: certificates (any number, any order), PKCS#7 bundles or one request. */
final class PemInput {
  private static final Set<String> CERTIFICATE =
      Set.of("CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE");
  private static final Set<String> PKCS7 = Set.of("PKCS7", "PKCS #7 SIGNED DATA", "CMS");
  private static final Set<String> REQUEST =
      Set.of("CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST");

  private PemInput() {}

  static DecodedInput decode(String file, byte[] content) {
    List<PemBlocks.Block> blocks = PemBlocks.parse(file, content);
    List<ParsedCertificate> certificates = new ArrayList<>();
    boolean plain = false;
    for (int i = 0; i < blocks.size(); i++) {
      WorkBudget.step();
      PemBlocks.Block block = blocks.get(i);
      if (CERTIFICATE.contains(block.label())) {
        certificates.add(DerInput.certificate(file, der(file, i, block), "PEM block " + (i + 1)));
        plain = true;
      } else if (PKCS7.contains(block.label())) {
        certificates.addAll(DerInput.pkcs7(file, DerInput.sequence(file, der(file, i, block))));
      }
    }
    if (!certificates.isEmpty()) {
      return DecodedInput.certificates(plain ? SourceFormat.PEM : SourceFormat.PKCS7, certificates);
    }
    return requestOrFail(file, blocks);
  }

  private static DecodedInput requestOrFail(String file, List<PemBlocks.Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      if (REQUEST.contains(blocks.get(i).label())) {
        return DerInput.request(file, DerInput.sequence(file, der(file, i, blocks.get(i))));
      }
    }
    String found =
        blocks.stream()
            .map(PemBlocks.Block::label)
            .distinct()
            .map(label -> "\"" + label + "\"")
            .collect(Collectors.joining(", "));
    if (blocks.stream().anyMatch(block -> block.label().endsWith("PRIVATE KEY"))) {
      throw InputErrors.invalid(
          file,
          "found a private key (PEM "
              + found
              + ") where a certificate was expected; give the certificate, or a PKCS#12 file that"
              + " holds the certificate and its key");
    }
    throw InputErrors.invalid(
        file,
        blocks.isEmpty()
            ? "holds no PEM block"
            : "holds no certificate or certificate request (found PEM " + found + ")");
  }

  private static byte[] der(String file, int index, PemBlocks.Block block) {
    try {
      return block.decode();
    } catch (IllegalArgumentException e) {
      throw InputErrors.invalid(
          file, "PEM block " + (index + 1) + " (\"" + block.label() + "\") is not valid base64");
    }
  }
}
