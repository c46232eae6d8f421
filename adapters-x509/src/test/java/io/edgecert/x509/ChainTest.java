package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainGap;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainTest {
  private static final String LEAF_DN = "CN=sip.contoso.com";
  private static final IssuedCertificate LEAF = PKI.leaf(LeafSpec.cn("sip.contoso.com"));
  private static final TrustSettings PRIVATE_TEST_ROOT =
      new TrustSettings(Exports.pem(PKI.unrelatedRoot()), List.of(PKI.root().der()));

  private static ChainFacts chain(TrustSettings trust, IssuedCertificate... certificates) {
    return Fixtures.read(Fixtures.source("edge.pem", Exports.pem(certificates)), trust).chain();
  }

  @Test
  void givenRootInPublicBundle_read_reportsPublicRootAndPath() {
    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, LEAF, PKI.intermediate()))
        .isEqualTo(
            new ChainFacts(
                ChainStatus.PUBLIC_ROOT,
                List.of(LEAF_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN),
                null));
  }

  @Test
  void givenACertificateRequestAsATrustedRoot_read_saysARequestIsNeverATrustRoot() {
    byte[] csr = PKI.csr(LeafSpec.cn("sip.contoso.com")).pem();
    TrustSettings trust = new TrustSettings(null, List.of(csr), null, List.of("--trust edge.csr"));

    assertThatThrownBy(() -> chain(trust, LEAF, PKI.intermediate()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "--trust edge.csr: is a certificate request (CSR), never a trust root; give the root"
                + " certificate of the CA (PEM or DER)");
  }

  @Test
  void givenANonCertificateAsATrustedRoot_read_namesTheOptionAndTheFile() {
    byte[] yaml = "version: 1\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    TrustSettings trust =
        new TrustSettings(null, List.of(yaml), null, List.of("--trust topology.yaml"));

    assertThatThrownBy(() -> chain(trust, LEAF, PKI.intermediate()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("--trust topology.yaml: found neither PEM text nor DER data");
  }

  @Test
  void givenRootInPrivateRoots_read_reportsPrivateRoot() {
    assertThat(chain(PRIVATE_TEST_ROOT, LEAF, PKI.intermediate()).status())
        .isEqualTo(ChainStatus.PRIVATE_ROOT);
  }

  @Test
  void givenPrivateRootsBlobWithSeveralPemRoots_read_findsTheRightOne() {
    TrustSettings trust =
        new TrustSettings(
            Exports.pem(PKI.unrelatedRoot()),
            List.of(Exports.pem(PKI.unrelatedRoot(), PKI.root())));

    assertThat(chain(trust, LEAF, PKI.intermediate()).status()).isEqualTo(ChainStatus.PRIVATE_ROOT);
  }

  @Test
  void givenSuppliedTrustedRoot_read_doesNotRepeatItInThePath() {
    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, PKI.root(), LEAF, PKI.intermediate()).path())
        .containsExactly(LEAF_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
  }

  @Test
  void givenMissingIntermediate_read_reportsIncompleteNamingIt() {
    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, LEAF))
        .isEqualTo(
            new ChainFacts(ChainStatus.INCOMPLETE, List.of(LEAF_DN), TestPki.INTERMEDIATE_DN));
  }

  @Test
  void givenUntrustedRoot_read_reportsIncompleteNamingTheRoot() {
    assertThat(chain(Fixtures.NOTHING_TRUSTED, LEAF, PKI.intermediate()))
        .isEqualTo(
            new ChainFacts(
                ChainStatus.INCOMPLETE,
                List.of(LEAF_DN, TestPki.INTERMEDIATE_DN),
                TestPki.ROOT_DN));
  }

  @Test
  void givenIssuerWithRightNameButWrongKey_read_doesNotCountItAndSaysItWasFound() {
    IssuedCertificate imposter = PKI.leaf(LeafSpec.cn("x").issuedBy(Issuer.IMPOSTER));
    IssuedCertificate imposterCa = imposter.issuers().get(0);

    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, LEAF, imposterCa))
        .isEqualTo(
            new ChainFacts(
                ChainStatus.INCOMPLETE,
                List.of(LEAF_DN),
                TestPki.INTERMEDIATE_DN,
                ChainGap.ISSUER_KEY_MISMATCH));
  }

  @Test
  void givenATrustedCertificateWithTheIssuersNameButAnotherKey_read_doesNotTrustTheChain() {
    IssuedCertificate imposterCa =
        PKI.leaf(LeafSpec.cn("x").issuedBy(Issuer.IMPOSTER)).issuers().get(0);
    TrustSettings trustsTheImposter =
        new TrustSettings(null, List.of(imposterCa.der()), null, List.of("--trust imposter.cer"));

    assertThat(chain(trustsTheImposter, LEAF))
        .isEqualTo(
            new ChainFacts(
                ChainStatus.INCOMPLETE,
                List.of(LEAF_DN),
                TestPki.INTERMEDIATE_DN,
                ChainGap.ISSUER_KEY_MISMATCH));
  }

  @Test
  void givenRootSuppliedButNotTrusted_read_saysSoRatherThanMissing() {
    ChainFacts facts = chain(Fixtures.NOTHING_TRUSTED, LEAF, PKI.intermediate(), PKI.root());

    assertThat(facts.status()).isEqualTo(ChainStatus.INCOMPLETE);
    assertThat(facts.gap()).isEqualTo(ChainGap.ROOT_NOT_TRUSTED);
    assertThat(facts.path()).containsExactly(LEAF_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
  }

  @Test
  void givenIntermediateOnlyInTheChainFiles_read_completesTheChainWithIt() {
    TrustSettings withChain =
        new TrustSettings(Exports.pem(PKI.root()), List.of(), List.of(PKI.intermediate().der()));

    ChainFacts facts = chain(withChain, LEAF);

    assertThat(facts.status()).isEqualTo(ChainStatus.PUBLIC_ROOT);
    assertThat(facts.path()).containsExactly(LEAF_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
  }

  @Test
  void givenRootOnlyInTheChainFiles_read_saysItWasSuppliedButNotTrusted() {
    TrustSettings withChain =
        new TrustSettings(
            Exports.pem(PKI.unrelatedRoot()),
            List.of(),
            List.of(Exports.pem(PKI.intermediate(), PKI.root())));

    ChainFacts facts = chain(withChain, LEAF);

    assertThat(facts.gap()).isEqualTo(ChainGap.ROOT_NOT_TRUSTED);
    assertThat(facts.missingIssuer()).isEqualTo(TestPki.ROOT_DN);
  }

  @Test
  void givenSelfSignedLeaf_read_reportsSelfSigned() {
    IssuedCertificate self = PKI.leaf(LeafSpec.cn("self.contoso.com").issuedBy(Issuer.SELF));

    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, self))
        .isEqualTo(new ChainFacts(ChainStatus.SELF_SIGNED, List.of("CN=self.contoso.com"), null));
  }

  @Test
  void givenALeafNamingItselfAsIssuerButSignedByTheCa_read_followsTheSignatureNotTheName() {
    // Subject = issuer = the intermediate's name, but the intermediate's key signed it: it is
    // self-issued, not self-signed, and its own key must not be taken to verify its signature.
    IssuedCertificate namesItself =
        PKI.leaf(
            LeafSpec.cn("edgecert Test Issuing CA")
                .organization("edgecert tests", "US")
                .issuedBy(Issuer.INTERMEDIATE));
    TrustSettings withChain =
        new TrustSettings(Exports.pem(PKI.root()), List.of(), List.of(PKI.intermediate().der()));

    assertThat(chain(withChain, namesItself))
        .isEqualTo(
            new ChainFacts(
                ChainStatus.PUBLIC_ROOT,
                List.of(TestPki.INTERMEDIATE_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN),
                null));
    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, namesItself))
        .isEqualTo(
            new ChainFacts(
                ChainStatus.INCOMPLETE,
                List.of(TestPki.INTERMEDIATE_DN),
                TestPki.INTERMEDIATE_DN,
                ChainGap.ISSUER_NOT_SUPPLIED));
  }

  /**
   * The intermediate's twin: its name and key, but expired (2020) and issued by the unrelated root.
   * It verifies the leaf's signature as well as the intermediate does.
   */
  private static final IssuedCertificate EXPIRED_TWIN =
      PKI.leaf(
          LeafSpec.cn("edgecert Test Issuing CA")
              .organization("edgecert tests", "US")
              .ca()
              .keySlot(2)
              .issuedBy(Issuer.UNRELATED)
              .validity(
                  Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")));

  @Test
  void givenTwoIssuersThatBothVerify_read_prefersTheOneValidAtTheInstant() {
    byte[] twinFirst = Exports.pem(LEAF, EXPIRED_TWIN, PKI.intermediate());

    ChainFacts now =
        Fixtures.READER
            .read(Fixtures.source("edge.pem", twinFirst), Fixtures.PUBLIC_TEST_ROOT, TestPki.NOW)
            .chain();
    ChainFacts in2020 =
        Fixtures.READER
            .read(
                Fixtures.source("edge.pem", twinFirst),
                Fixtures.PUBLIC_TEST_ROOT,
                Instant.parse("2020-06-01T00:00:00Z"))
            .chain();

    assertThat(now)
        .isEqualTo(
            new ChainFacts(
                ChainStatus.PUBLIC_ROOT,
                List.of(LEAF_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN),
                null));
    assertThat(in2020)
        .isEqualTo(
            new ChainFacts(
                ChainStatus.INCOMPLETE,
                List.of(LEAF_DN, TestPki.INTERMEDIATE_DN),
                TestPki.UNRELATED_DN,
                ChainGap.ISSUER_NOT_SUPPLIED));
  }

  @Test
  void givenChainFilesThatChangeBetweenReads_read_usesTheFilesOfEachRead() {
    BouncyCastleCertificateReader reader = new BouncyCastleCertificateReader();
    TrustSettings withIntermediate =
        new TrustSettings(Exports.pem(PKI.root()), List.of(), List.of(PKI.intermediate().der()));
    TrustSettings withOtherCa =
        new TrustSettings(Exports.pem(PKI.root()), List.of(), List.of(PKI.ecIntermediate().der()));
    CertificateSource leaf = Fixtures.source("edge.pem", Exports.pem(LEAF));

    ChainFacts first = reader.read(leaf, withIntermediate, TestPki.NOW).chain();
    ChainFacts again = reader.read(leaf, withIntermediate, TestPki.NOW).chain();
    ChainFacts other = reader.read(leaf, withOtherCa, TestPki.NOW).chain();

    List<String> complete = List.of(LEAF_DN, TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
    assertThat(first).isEqualTo(new ChainFacts(ChainStatus.PUBLIC_ROOT, complete, null));
    assertThat(again).as("the same settings again").isEqualTo(first);
    assertThat(other)
        .as("another chain file")
        .isEqualTo(
            new ChainFacts(
                ChainStatus.INCOMPLETE,
                List.of(LEAF_DN),
                TestPki.INTERMEDIATE_DN,
                ChainGap.ISSUER_NOT_SUPPLIED));
  }

  @Test
  void givenAChainFileThatIsNoCertificate_read_namesItByItsPosition() {
    TrustSettings badSecond =
        new TrustSettings(
            Exports.pem(PKI.root()),
            List.of(),
            List.of(
                PKI.intermediate().der(),
                "not a certificate\n".getBytes(StandardCharsets.US_ASCII)));

    assertThatThrownBy(() -> chain(badSecond, LEAF))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("chain file #2: found neither PEM text nor DER data");
  }

  @Test
  void givenSelfSignedLeafThatIsTrusted_read_reportsItsRootKind() {
    IssuedCertificate self = PKI.leaf(LeafSpec.cn("self.contoso.com").issuedBy(Issuer.SELF));
    TrustSettings trust = new TrustSettings(Exports.pem(PKI.unrelatedRoot()), List.of(self.der()));

    assertThat(chain(trust, self))
        .isEqualTo(new ChainFacts(ChainStatus.PRIVATE_ROOT, List.of("CN=self.contoso.com"), null));
  }

  @Test
  void givenExpiredLeafAndOtherInstant_read_stillBuildsTheChain() {
    IssuedCertificate expired =
        PKI.leaf(
            LeafSpec.cn("old.contoso.com")
                .validity(
                    Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2021-01-01T00:00:00Z")));

    ChainFacts facts =
        Fixtures.READER
            .read(
                Fixtures.source("old.pem", Exports.pem(expired, PKI.intermediate())),
                Fixtures.PUBLIC_TEST_ROOT,
                Instant.parse("2040-01-01T00:00:00Z"))
            .chain();

    assertThat(facts.status()).isEqualTo(ChainStatus.PUBLIC_ROOT);
  }

  @Test
  void givenEcChain_read_verifiesEcdsaSignatures() {
    IssuedCertificate leaf =
        PKI.leaf(LeafSpec.cn("ec.contoso.com").issuedBy(Issuer.EC_INTERMEDIATE));

    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, leaf, PKI.ecIntermediate()).path())
        .containsExactly("CN=ec.contoso.com", TestPki.EC_INTERMEDIATE_DN, TestPki.ROOT_DN);
  }

  @Test
  void givenLeafIssuedByRoot_read_reachesTheRootDirectly() {
    IssuedCertificate leaf = PKI.leaf(LeafSpec.cn("direct.contoso.com").issuedBy(Issuer.ROOT));

    assertThat(chain(Fixtures.PUBLIC_TEST_ROOT, leaf).path())
        .containsExactly("CN=direct.contoso.com", TestPki.ROOT_DN);
  }

  @Test
  void givenDefaultTrust_read_usesTheJdkTrustStoreWhereTheTestRootIsNot() {
    ChainFacts facts =
        Fixtures.read(
                Fixtures.source("edge.pem", Exports.pem(LEAF, PKI.intermediate())),
                TrustSettings.defaults())
            .chain();

    assertThat(facts.status()).isEqualTo(ChainStatus.INCOMPLETE);
    assertThat(facts.missingIssuer()).isEqualTo(TestPki.ROOT_DN);
    assertThat(JdkTrustStore.certificates()).isNotEmpty();
  }
}
