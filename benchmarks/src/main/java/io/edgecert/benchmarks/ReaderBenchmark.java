package io.edgecert.benchmarks;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.x509.BouncyCastleCertificateReader;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pkcs12Spec;
import io.edgecert.x509.testing.TestPki;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The certificate reader on one Edge certificate (RSA 2048, issued by the test PKI's intermediate)
 * in each format: PEM with its intermediate, DER alone, PKCS#12 with key and chain (the default
 * AES-256/PBKDF2 protection, 2,048 iterations); each read decodes, extracts the facts and builds
 * the chain to the test root (a private root; the JDK's roots are loaded once, in set-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {
  private static final String PASSWORD = "benchmark";

  @Param({"pem", "der", "pkcs12"})
  public String format;

  private BouncyCastleCertificateReader reader;
  private TrustSettings trust;
  private byte[] content;

  @Setup
  public void setUp() {
    TestPki pki = TestPki.create();
    IssuedCertificate leaf = pki.leaf(EdgeLeaf.spec());
    switch (format) {
      case "pem":
        content = Exports.pem(leaf, pki.intermediate());
        break;
      case "der":
        content = leaf.der();
        break;
      default:
        content = leaf.pkcs12(Pkcs12Spec.password(PASSWORD).iterations(2048));
    }
    trust = new TrustSettings(null, List.of(pki.root().der()));
    reader = new BouncyCastleCertificateReader();
    read();
  }

  @Benchmark
  public CertificateEvidence read() {
    char[] password = "pkcs12".equals(format) ? PASSWORD.toCharArray() : null;
    return reader.read(new CertificateSource("edge", content, password, null), trust, TestPki.NOW);
  }

  /** The Edge certificate every benchmark here measures. */
  static final class EdgeLeaf {
    private EdgeLeaf() {}

    static LeafSpec spec() {
      return LeafSpec.cn("sip.contoso.com")
          .dns("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
          .crl("http://crl.contoso.com/ca.crl")
          .caIssuers("http://aia.contoso.com/ca.crt");
    }
  }
}
