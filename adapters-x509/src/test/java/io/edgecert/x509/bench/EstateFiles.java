package io.edgecert.x509.bench;

import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes an estate of certificate files for scripts/bench-validate.sh (not a test): COUNT PEM files
 * (leaf + intermediate, RSA 2048, issued by the shared test PKI; the leaves share one key, so that
 * only signing costs) in directories of 1,000, and the root as root.pem beside them.
 *
 * <p>Usage: EstateFiles DIRECTORY COUNT
 */
public final class EstateFiles {
  private static final int PER_DIRECTORY = 1000;

  private EstateFiles() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    TestPki pki = TestPki.create();
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("root.pem"), pki.root().pem());
    IntStream.range(0, (count + PER_DIRECTORY - 1) / PER_DIRECTORY)
        .parallel()
        .forEach(part -> write(pki, dir.resolve(String.format("part-%03d", part)), part, count));
  }

  private static void write(TestPki pki, Path dir, int part, int count) {
    try {
      Files.createDirectories(dir);
      for (int i = part * PER_DIRECTORY; i < Math.min(count, (part + 1) * PER_DIRECTORY); i++) {
        String name = "edge" + i + ".contoso.com";
        IssuedCertificate leaf =
            pki.leaf(
                LeafSpec.cn(name)
                    .dns(name, "sip.contoso.com", "webcon.contoso.com")
                    .eku(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH)
                    .crl("http://crl.contoso.com/ca.crl")
                    .caIssuers("http://aia.contoso.com/ca.crt"));
        Files.write(
            dir.resolve(String.format("edge-%06d.pem", i)), Exports.pem(leaf, pki.intermediate()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
