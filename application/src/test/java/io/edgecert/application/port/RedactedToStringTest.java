package io.edgecert.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.ClientCertificate;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.RequestCommand;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.out.BundleMaterials;
import io.edgecert.application.port.out.GeneratedRequest;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Records that hold passwords, private keys or PKCS#12 bytes print what identifies them (a file
 * name, a role, a size) and never the secret: a record ends up in a log line or an exception
 * message sooner or later. Each secret below is checked as text, as its bytes and as base64.
 */
class RedactedToStringTest {
  private static final String PASSWORD = "Pa55-word-of-the-pfx";
  private static final String PASSPHRASE = "key-passphrase-42";
  private static final String KEY_PEM =
      "-----BEGIN PRIVATE KEY-----\nMIIEvAIBADANSECRETKEYBODY0123456789\n-----END PRIVATE KEY-----\n";
  private static final byte[] PKCS12 = "PKCS12-SECRET-BYTES".getBytes(StandardCharsets.US_ASCII);
  private static final InputFile KEY_FILE =
      new InputFile("edge.key", KEY_PEM.getBytes(StandardCharsets.US_ASCII));
  private static final InputFile CERT_FILE =
      new InputFile("edge.cer", "CERT".getBytes(StandardCharsets.US_ASCII));

  static Stream<Arguments> records() {
    TopologySource topology =
        new TopologySource("topology.yaml", new byte[1], TopologySource.Syntax.AUTO);
    return Stream.of(
        Arguments.of(
            new BundleCommand(
                KEY_FILE,
                PASSPHRASE.toCharArray(),
                CERT_FILE,
                List.of(),
                PASSWORD.toCharArray(),
                BundleOptions.defaults(),
                topology,
                CertificateRole.EXTERNAL,
                null),
            "edge.key",
            List.of(PASSPHRASE, PASSWORD, KEY_PEM)),
        Arguments.of(
            new BundleMaterials(KEY_FILE, PASSPHRASE.toCharArray(), CERT_FILE, List.of(), false),
            "edge.key",
            List.of(PASSPHRASE, KEY_PEM)),
        Arguments.of(
            new CertificateBundle(
                PKCS12, "AB12CD", "edge", List.of("CN=CA"), null, List.of(), null),
            "AB12CD",
            List.of(new String(PKCS12, StandardCharsets.US_ASCII))),
        Arguments.of(
            new CertificateRequest(
                CertificateRole.EXTERNAL,
                "sip.contoso.com",
                List.of("sip.contoso.com"),
                new KeySpec(KeyAlgorithm.RSA, 2048),
                "-----BEGIN CERTIFICATE REQUEST-----",
                KEY_PEM,
                true,
                "Request-CsCertificate",
                List.of()),
            "sip.contoso.com",
            List.of(KEY_PEM)),
        Arguments.of(
            new CertificateSource("edge.pfx", PKCS12, PASSWORD.toCharArray(), null),
            "edge.pfx",
            List.of(PASSWORD, new String(PKCS12, StandardCharsets.US_ASCII))),
        Arguments.of(
            new ClientCertificate("client.p12", PKCS12, PASSWORD.toCharArray()),
            "client.p12",
            List.of(PASSWORD, new String(PKCS12, StandardCharsets.US_ASCII))),
        Arguments.of(KEY_FILE, "edge.key", List.of(KEY_PEM)),
        Arguments.of(
            new RequestCommand(
                topology, CertificateRole.EXTERNAL, null, null, PASSPHRASE.toCharArray()),
            "topology.yaml",
            List.of(PASSPHRASE)),
        Arguments.of(
            new GeneratedRequest("-----BEGIN CERTIFICATE REQUEST-----", KEY_PEM),
            "GeneratedRequest",
            List.of(KEY_PEM)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("records")
  void toString_namesTheRecordButNeverItsSecrets(
      Object record, String identifies, List<String> secrets) {
    String text = record.toString();

    assertThat(text).contains(identifies);
    for (String secret : secrets) {
      assertThat(text).doesNotContain(forms(secret));
    }
  }

  /** The secret as text, its characteristic middle, its bytes as a list and as base64. */
  private static String[] forms(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.US_ASCII);
    String middle = secret.strip().lines().skip(secret.contains("\n") ? 1 : 0).findFirst().get();
    return new String[] {
      secret, middle, Arrays.toString(bytes), Base64.getEncoder().encodeToString(bytes)
    };
  }
}
