package io.edgecert.bootstrap;

import com.google.inject.Injector;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.x509.bundle.TestCa;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files under {@code target/guide/} that docs/guide.md uses and no command of the guide writes:
 * certificates of the test PKI for the plan of docs/examples/s02-single-edge-nat.yaml, its root,
 * passwords, and the certificate "your CA" issues from the request the guide made.
 */
final class GuideFiles {
  static final String DIRECTORY = "target/guide";
  static final String EXAMPLE = "docs/examples/s02-single-edge-nat.yaml";
  static final String REQUEST = DIRECTORY + "/request/edge-external.csr";
  static final String ISSUED = DIRECTORY + "/issued/edge-external.cer";
  static final String CHAIN = DIRECTORY + "/issued/ca-chain.pem";
  static final String PASSPHRASE = "edgecert-guide-key-1";

  private final Path directory = Repository.ROOT.resolve(DIRECTORY);

  /** Empties target/guide and writes every file that exists before the guide's first command. */
  void prepare(Injector injector) {
    delete(directory);
    CertificatePlan plan = ExampleRequests.plan(injector, EXAMPLE);
    PlannedIssuer issuer = new PlannedIssuer();
    IssuedCertificate external = issuer.issue(plan.certificate(CertificateRole.EXTERNAL).get());
    IssuedCertificate internal = issuer.issue(plan.certificate(CertificateRole.INTERNAL).get());
    PlannedIssuer.writePem(external, file("edge-external.pem"));
    PlannedIssuer.writePkcs12(external, file("edge-external.pfx"));
    PlannedIssuer.writePassword(file("pfx-password.txt"));
    PlannedIssuer.write(file("edge-internal.cer"), internal.der());
    PlannedIssuer.write(
        file("edge-internal.p7b"),
        Exports.pkcs7Der(internal.withChain().toArray(IssuedCertificate[]::new)));
    PlannedIssuer.write(file("test-root.pem"), utf8(issuer.pki().root().pem()));
    PlannedIssuer.write(file("key-passphrase.txt"), utf8(PASSPHRASE + "\n"));
    IssuedCertificate withoutWebConferencing =
        issuer
            .pki()
            .leaf(
                LeafSpec.cn("sip.contoso.com")
                    .dns("sip.contoso.com", "sip.fabrikam.com")
                    .crl(PlannedIssuer.CRL));
    PlannedIssuer.writePem(withoutWebConferencing, file("edge-external-no-webcon.pem"));
  }

  /**
   * Plays the CA of the guide: once the guide's request command has written {@link #REQUEST}, the
   * test CA signs it into {@link #ISSUED} (again, if the reader made a new request) and writes its
   * chain to {@link #CHAIN}.
   */
  void issueRequestedCertificate() {
    Path issued = Repository.ROOT.resolve(ISSUED);
    Path request = Repository.ROOT.resolve(REQUEST);
    if (!Files.exists(request)) {
      throw new IllegalStateException(REQUEST + " does not exist: run the guide's request first");
    }
    TestCa ca = new TestCa();
    String csr = new String(ExampleRequests.bytes(request), StandardCharsets.US_ASCII);
    PlannedIssuer.write(issued, utf8(TestCa.pem(ca.sign(csr))));
    PlannedIssuer.write(Repository.ROOT.resolve(CHAIN), utf8(ca.chainPem()));
  }

  private Path file(String name) {
    return directory.resolve(name);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
