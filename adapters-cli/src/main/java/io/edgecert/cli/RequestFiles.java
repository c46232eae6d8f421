package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.cli.OutputFiles.Output;
import io.edgecert.domain.plan.CertificateRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The files request writes into its output directory: edge-ROLE.key, .csr and .txt. */
record RequestFiles(Path key, Path csr, Path text) {

  static RequestFiles in(Path directory, CertificateRole role) {
    String base = "edge-" + role.code();
    return new RequestFiles(
        directory.resolve(base + ".key"),
        directory.resolve(base + ".csr"),
        directory.resolve(base + ".txt"));
  }

  List<Path> all() {
    return List.of(key, csr, text);
  }

  /** The key (owner-only), the request and the text, ready to be written together. */
  List<Output> contents(CertificateRequest request, String checklist) {
    return List.of(
        new Output(key, ascii(request.privateKeyPem()), true),
        new Output(csr, ascii(request.csrPem()), false),
        new Output(text, checklist.getBytes(StandardCharsets.UTF_8), false));
  }

  private static byte[] ascii(String pem) {
    return pem.getBytes(StandardCharsets.US_ASCII);
  }
}
