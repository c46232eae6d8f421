package io.edgecert.x509;

import static io.edgecert.x509.Fixtures.PKI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.certificate.CertificateEvidence;
import io.edgecert.domain.certificate.ChainGap;
import io.edgecert.domain.work.WorkBudget;
import io.edgecert.domain.work.WorkStoppedException;
import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.Issuer;
import io.edgecert.x509.testing.KeyType;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 4: the work one certificate input may cost is capped (signature checks, candidate
 * issuers per certificate) with a message naming the limit, and reading a bundle is linear in its
 * certificates (20,000 in one PKCS#7 took 12-44 s when leaf selection compared every pair). The
 * limits are injected small; linearity is shown with the work budget's step counter, not a timer.
 */
class WorkCapsTest {
  private static final IssuedCertificate LEAF = PKI.leaf(LeafSpec.cn("sip.contoso.com"));

  @Test
  void givenMoreSameNamedIssuersThanTheLimit_read_isRefusedNamingTheLimit() {
    BouncyCastleCertificateReader reader = new BouncyCastleCertificateReader(new WorkLimits(64, 4));

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> reader.read(source(LEAF, impostors(5)), Fixtures.PUBLIC_TEST_ROOT, TestPki.NOW));

    assertThat(refused.problems().get(0).message())
        .contains("more than 4 certificates named as the issuer of")
        .contains("the limit of candidate issuers per certificate");
  }

  @Test
  void givenSameNamedIssuersWithinTheLimit_read_triesEachAndReportsTheKeyMismatch() {
    BouncyCastleCertificateReader reader = new BouncyCastleCertificateReader(new WorkLimits(64, 4));

    CertificateEvidence evidence =
        reader.read(source(LEAF, impostors(4)), Fixtures.PUBLIC_TEST_ROOT, TestPki.NOW);

    assertThat(evidence.chain().gap()).isEqualTo(ChainGap.ISSUER_KEY_MISMATCH);
  }

  @Test
  void givenMoreSignatureChecksThanTheLimit_read_isRefusedNamingTheLimit() {
    BouncyCastleCertificateReader reader = new BouncyCastleCertificateReader(new WorkLimits(3, 16));

    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> reader.read(source(LEAF, impostors(5)), Fixtures.PUBLIC_TEST_ROOT, TestPki.NOW));

    assertThat(refused.problems().get(0).message())
        .contains("more than 3 signature checks")
        .contains("the limit of signature checks per input");
  }

  @Test
  void givenExactlyTheSignatureChecksTheChainNeeds_read_buildsIt() {
    // The leaf's signature by the intermediate, the intermediate's by the trusted root: 2 checks.
    BouncyCastleCertificateReader reader = new BouncyCastleCertificateReader(new WorkLimits(2, 1));

    CertificateEvidence evidence =
        reader.read(
            Fixtures.source("edge.pem", Exports.pem(LEAF, PKI.intermediate())),
            Fixtures.PUBLIC_TEST_ROOT,
            TestPki.NOW);

    assertThat(evidence.chain().path())
        .containsExactly("CN=sip.contoso.com", TestPki.INTERMEDIATE_DN, TestPki.ROOT_DN);
  }

  @Test
  void givenTheClientHasGone_read_stopsAtTheFirstSignatureCheck() {
    CertificateSource source = Fixtures.source("edge.pem", Exports.pem(LEAF, PKI.intermediate()));
    try (WorkBudget gone = WorkBudget.open(null, () -> 0L, () -> true)) {
      WorkStoppedException stopped =
          catchThrowableOfType(
              WorkStoppedException.class,
              () ->
                  new BouncyCastleCertificateReader()
                      .read(source, Fixtures.PUBLIC_TEST_ROOT, TestPki.NOW));

      assertThat(stopped).as("stopped by the budget").isNotNull();
      assertThat(stopped.reason()).isEqualTo(WorkStoppedException.Reason.CLIENT_GONE);
      assertThat(gone.steps())
          .as("PEM blocks, the root's PEM block, leaf selection, index, then one check")
          .isEqualTo(10);
    }
  }

  @Test
  void givenALeafAndItsIssuer_read_countsEachCertificateOnceInEveryLoop() {
    try (WorkBudget budget = WorkBudget.counting()) {
      new BouncyCastleCertificateReader()
          .read(
              Fixtures.source("edge.pem", Exports.pem(LEAF, PKI.intermediate())),
              Fixtures.PUBLIC_TEST_ROOT,
              TestPki.NOW);

      // 2 PEM blocks + the trusted root's PEM block + 2 + 2 in leaf selection + 2 in the issuer
      // index + 2 signature checks + 2 certificates whose facts are read (a new reader: no cache).
      assertThat(budget.steps()).isEqualTo(13);
    }
  }

  @Test
  void givenTheDefaultLimits_aRealChain_isReadAsBefore() {
    CertificateEvidence evidence =
        Fixtures.READER.read(
            Fixtures.source("chain.pem", Exports.pem(LEAF, PKI.intermediate(), PKI.root())),
            Fixtures.PUBLIC_TEST_ROOT,
            TestPki.NOW);

    assertThat(evidence.chain().path()).hasSize(3);
  }

  @Test
  void givenFourTimesTheCertificates_readingTakesAboutFourTimesTheSteps() {
    List<IssuedCertificate> cas = unrelatedCas(160);
    long small = stepsToRead(cas.subList(0, 40));
    long large = stepsToRead(cas);

    assertThat(small).isPositive();
    assertThat(large).isLessThanOrEqualTo(small * 4 + small / 4);
  }

  private static long stepsToRead(List<IssuedCertificate> others) {
    CertificateSource source = source(LEAF, others);
    try (WorkBudget budget = WorkBudget.counting()) {
      CertificateEvidence evidence =
          Fixtures.READER.read(source, Fixtures.PUBLIC_TEST_ROOT, TestPki.NOW);
      assertThat(evidence.leaf().commonName()).isEqualTo("sip.contoso.com");
      return budget.steps();
    }
  }

  /** CAs with the test intermediate's name but other keys: none of them signed the leaf. */
  private static List<IssuedCertificate> impostors(int count) {
    List<IssuedCertificate> impostors = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      impostors.add(
          PKI.leaf(
              LeafSpec.cn("edgecert Test Issuing CA")
                  .organization("edgecert tests", "US")
                  .ca()
                  .key(KeyType.EC_P256)
                  .issuedBy(Issuer.ROOT)));
    }
    return impostors;
  }

  private static List<IssuedCertificate> unrelatedCas(int count) {
    List<IssuedCertificate> cas = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      cas.add(
          PKI.leaf(
              LeafSpec.cn("Unrelated CA " + i)
                  .ca()
                  .key(KeyType.EC_P256)
                  .issuedBy(Issuer.UNRELATED)));
    }
    return cas;
  }

  private static CertificateSource source(IssuedCertificate leaf, List<IssuedCertificate> others) {
    List<IssuedCertificate> all = new ArrayList<>(others);
    all.add(leaf);
    return Fixtures.source("bundle.pem", Exports.pem(all.toArray(IssuedCertificate[]::new)));
  }
}
