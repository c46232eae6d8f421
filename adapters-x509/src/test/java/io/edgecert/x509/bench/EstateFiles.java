package io.edgecert.x509.bench;

import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * Writes an estate of certificate files for scripts/bench-validate.sh (not a test): COUNT PEM files
 * (leaf + intermediate, RSA 2048, issued by the shared test PKI) in directories of 1,000, and the
 * root as root.pem beside them. The first directory holds 1,000 distinct certificates (sharing one
 * key, so that only signing costs); the others repeat its files under their own names, since
 * signing 100,000 certificates takes longer on a busy 2-core machine than the benchmark itself.
 * Every file is read and judged in full either way: nothing caches leaf certificates.
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
    byte[][] distinct = new byte[Math.min(count, PER_DIRECTORY)][];
    IntStream.range(0, distinct.length)
        .parallel()
        .forEach(i -> distinct[i] = Exports.pem(leaf(pki, i), pki.intermediate()));
    for (int part = 0; part * PER_DIRECTORY < count; part++) {
      Path partDir = Files.createDirectories(dir.resolve(String.format("part-%03d", part)));
      for (int i = part * PER_DIRECTORY; i < Math.min(count, (part + 1) * PER_DIRECTORY); i++) {
        Files.write(
            partDir.resolve(String.format("edge-%06d.pem", i)), distinct[i % distinct.length]);
      }
    }
  }

  private static IssuedCertificate leaf(TestPki pki, int index) {
    String name = "edge" + index + ".contoso.com";
    return pki.leaf(
        LeafSpec.cn(name)
            .dns(name, "sip.contoso.com", "webcon.contoso.com")
            .eku(TestPki.SERVER_AUTH, TestPki.CLIENT_AUTH)
            .crl("http://crl.contoso.com/ca.crl")
            .caIssuers("http://aia.contoso.com/ca.crt"));
  }
}
