package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.Pem;
import io.edgecert.x509.testing.Pkcs12Spec;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MalformedInputTest {
  private static final String PASSWORD = "Corr3ct-Horse";
  private static final IssuedCertificate LEAF = PKI.leaf(LeafSpec.cn("sip.contoso.com"));
  private static final byte[] KEY = LEAF.keyPair().getPrivate().getEncoded();
  private static final byte[] PFX = LEAF.pkcs12(Pkcs12Spec.password(PASSWORD));

  static Stream<Arguments> malformedInputs() {
    return Stream.of(
        row("empty.pem", new byte[0], null, "the file is empty"),
        row(
            "huge.pem",
            new byte[10 * 1024 * 1024 + 1],
            null,
            "the file has 10485761 bytes; a certificate input may have at most 10 MiB (10485760"
                + " bytes)"),
        row(
            "just10MiB.bin",
            new byte[10 * 1024 * 1024],
            null,
            "found neither PEM text nor DER data"),
        row(
            "garbage.bin",
            "this is not a certificate at all".getBytes(),
            null,
            "found neither PEM text nor DER data"),
        row(
            "random.bin",
            new byte[] {(byte) 0xFF, 0x13, 0x37, 0x00, 0x42},
            null,
            "found neither PEM text nor DER data"),
        row(
            "cut.cer",
            Arrays.copyOf(LEAF.der(), LEAF.der().length - 40),
            null,
            "is truncated: its DER data declares"),
        row("cut.pfx", Arrays.copyOf(PFX, PFX.length / 2), PASSWORD, "truncated"),
        row(
            "cut.pem",
            Arrays.copyOf(Exports.pem(LEAF), 300),
            null,
            "the PEM block \"CERTIFICATE\" has no END line"),
        row(
            "key.pem",
            Pem.bytes(Pem.block("PRIVATE KEY", KEY)),
            null,
            "found a private key (PEM \"PRIVATE KEY\") where a certificate was expected"),
        row(
            "rsa-key.pem",
            Pem.bytes(Pem.block("RSA PRIVATE KEY", rsaKey())),
            null,
            "found a private key (PEM \"RSA PRIVATE KEY\")"),
        row("key.der", KEY, null, "found a private key (DER) where a certificate was expected"),
        row(
            "edge.pfx",
            PFX,
            "wrong-password",
            "wrong password for the PKCS#12 file (or the file is damaged)"),
        row(
            "edge.pfx",
            PFX,
            null,
            "the PKCS#12 file is protected by a password and none was given; on the command line"
                + " give --password-file FILE or --password-env VAR"),
        row(
            "slow.pfx",
            LEAF.pkcs12(Pkcs12Spec.password(PASSWORD).claimedIterations(5_000_000)),
            PASSWORD,
            "asks for 5000000 key-derivation iterations, more than the 1000000"),
        row(
            "camellia.pfx",
            LEAF.pkcs12(Pkcs12Spec.password(PASSWORD).camelliaEncryption()),
            PASSWORD,
            "cannot be decrypted although the password is right: the file is damaged or uses an"
                + " encryption edgecert does not read (1.2.840.113549.1.5.13)"),
        row(
            "crl.pem",
            Pem.bytes(Pem.block("X509 CRL", new byte[] {0x30, 0x00})),
            null,
            "holds no certificate or certificate request (found PEM \"X509 CRL\")"),
        row(
            "bad64.pem",
            Pem.bytes("-----BEGIN CERTIFICATE-----\nAB=C\n-----END CERTIFICATE-----"),
            null,
            "PEM block 1 (\"CERTIFICATE\") is not valid base64"),
        row(
            "damaged.pem",
            Pem.bytes(Pem.block("CERTIFICATE", new byte[] {0x30, 0x03, 2, 1, 1})),
            null,
            "PEM block 1 is not a valid X.509 certificate"),
        row(
            "other.der",
            new byte[] {0x30, 0x03, 0x02, 0x01, 0x05},
            null,
            "holds DER data that is neither a certificate"),
        row(
            "two.pem",
            Exports.pem(LEAF, PKI.leaf(LeafSpec.cn("other.contoso.com"))),
            null,
            "holds 2 end-entity certificates that do not chain to one another"
                + " (CN=sip.contoso.com; CN=other.contoso.com); give one certificate per file"));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("malformedInputs")
  void givenMalformedInput_read_throwsInvalidInputNamingFileAndFinding(
      String file, byte[] content, String password, String finding) {
    CertificateSource source =
        new CertificateSource(
            file, content, password == null ? null : password.toCharArray(), null);

    InvalidInputException error =
        catchThrowableOfType(
            InvalidInputException.class, () -> Fixtures.read(source, Fixtures.PUBLIC_TEST_ROOT));

    assertThat(error.kind()).isEqualTo(InvalidInputException.Kind.INVALID);
    assertThat(error.source()).isEqualTo(file);
    assertThat(error.problems()).extracting(InputProblem::path).containsExactly("");
    assertThat(error.getMessage()).startsWith(file + ": ").contains(finding);
    assertThat(error.getMessage())
        .doesNotContain(
            PASSWORD, "wrong-password", Base64.getEncoder().encodeToString(KEY).substring(0, 40));
  }

  private static Arguments row(String file, byte[] content, String password, String finding) {
    return Arguments.of(file, content, password, finding);
  }

  private static byte[] rsaKey() {
    try {
      return PrivateKeyInfo.getInstance(KEY).parsePrivateKey().toASN1Primitive().getEncoded();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
