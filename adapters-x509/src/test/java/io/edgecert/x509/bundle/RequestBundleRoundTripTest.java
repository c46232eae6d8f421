package io.edgecert.x509.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.BundleCommand;
import io.edgecert.application.port.in.BundleOptions;
import io.edgecert.application.port.in.CertificateBundle;
import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.InputFile;
import io.edgecert.application.port.in.KeyChoice;
import io.edgecert.application.port.in.RequestCommand;
import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.application.port.in.TopologySource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.application.port.in.ValidateCommand;
import io.edgecert.application.port.out.TopologyDocument;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.application.service.BundleService;
import io.edgecert.application.service.RequestService;
import io.edgecert.application.service.ValidateService;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.topology.TopologyBuilder;
import io.edgecert.domain.topology.TopologyDraft;
import io.edgecert.domain.validation.CertificateReport;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationReport;
import io.edgecert.domain.validation.Verdict;
import io.edgecert.x509.BouncyCastleCertificateReader;
import io.edgecert.x509.KeyMatch;
import io.edgecert.x509.request.FastRequestFactory;
import io.edgecert.x509.testing.TestPki;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Topology to CSR, CSR signed by a test CA, certificate to PFX, PFX validated against the plan. */
class RequestBundleRoundTripTest {
  private static final Clock CLOCK = Clock.fixed(TestPki.NOW, ZoneOffset.UTC);
  private static final char[] PASSPHRASE = "key passphrase".toCharArray();
  private static final char[] PFX_PASSWORD = "pfx password".toCharArray();
  private static final TopologySource TOPOLOGY =
      new TopologySource(
          "topology.yaml",
          "version: 1".getBytes(StandardCharsets.UTF_8),
          TopologySource.Syntax.AUTO);
  private static final TopologyReader READER =
      source -> new TopologyDocument(TopologyDraft.of(pool()), List.of(), Map.of());
  private static final TestCa CA = new TestCa();
  private static final ValidateService VALIDATION =
      new ValidateService(READER, new BouncyCastleCertificateReader(), CLOCK);
  private static final BundleService BUNDLES =
      new BundleService(
          new BouncyCastlePkcs12Builder(new Pkcs12Writer(new SecureRandom(), 1_000)),
          new BouncyCastleCertificateReader(),
          READER,
          CLOCK);
  private static CertificateRequest request;

  private static Topology pool() {
    return TopologyBuilder.contoso().scaledDns().build();
  }

  @BeforeAll
  static void requestTheExternalCertificate() {
    request =
        new RequestService(READER, FastRequestFactory.create(), CLOCK)
            .request(
                new RequestCommand(
                    TOPOLOGY,
                    CertificateRole.EXTERNAL,
                    null,
                    SubjectFields.parse("O=Contoso Ltd,C=US"),
                    PASSPHRASE.clone()));
  }

  private static InputFile text(String name, String content) {
    return new InputFile(name, content.getBytes(StandardCharsets.US_ASCII));
  }

  private static TrustSettings testRootIsPublic() {
    return new TrustSettings(CA.root().pem().getBytes(StandardCharsets.US_ASCII), List.of());
  }

  private static BundleCommand bundleOf(X509Certificate issued, String keyPem) {
    return bundleOf(issued, keyPem, TOPOLOGY, BundleOptions.defaults(), null);
  }

  private static BundleCommand bundleOf(
      X509Certificate issued,
      String keyPem,
      TopologySource topology,
      BundleOptions options,
      java.time.Instant at) {
    return new BundleCommand(
        text("edge-external.key", keyPem),
        PASSPHRASE.clone(),
        text("issued.cer", TestCa.pem(issued)),
        List.of(text("chain.pem", CA.chainPem())),
        PFX_PASSWORD.clone(),
        options,
        topology,
        null,
        testRootIsPublic(),
        at);
  }

  private static String failures(ValidationReport report) {
    return report.certificates().stream()
        .flatMap(c -> c.findings().stream())
        .filter(Finding::breaksVerdict)
        .map(f -> f.rule().id() + " " + f.message())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void givenTheSignedRequest_bundle_passesValidationAndPacksAPfxWhoseKeyMatches() throws Exception {
    CertificateBundle bundle =
        BUNDLES.bundle(bundleOf(CA.sign(request.csrPem()), request.privateKeyPem()));

    assertThat(bundle.report().verdict()).as(failures(bundle.report())).isEqualTo(Verdict.PASS);
    assertThat(bundle.powerShell())
        .containsExactly(
            "# Run on each of: edge1.contoso.net, edge2.contoso.net",
            "$pfxPassword = Read-Host -AsSecureString -Prompt \"Password of edge.pfx\"",
            "Import-PfxCertificate -FilePath C:\\Certificates\\edge.pfx"
                + " -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword -Exportable",
            "Set-CsCertificate -Type AccessEdgeExternal,DataEdgeExternal,AudioVideoAuthentication "
                + "-Thumbprint "
                + bundle.thumbprint());
    KeyStore pfx = KeyStore.getInstance("PKCS12");
    pfx.load(new ByteArrayInputStream(bundle.pkcs12()), PFX_PASSWORD);
    String alias = "external edge certificate";
    assertThat(pfx.getCertificateChain(alias)).hasSize(3);
    assertThat(
            KeyMatch.matches(
                (PrivateKey) pfx.getKey(alias, PFX_PASSWORD),
                pfx.getCertificate(alias).getPublicKey()))
        .isTrue();
  }

  @Test
  void givenThePfx_validate_passesWithTheKeyAndItsProvider() {
    CertificateBundle bundle =
        BUNDLES.bundle(bundleOf(CA.sign(request.csrPem()), request.privateKeyPem()));
    CertificateSource pfx =
        new CertificateSource("edge.pfx", bundle.pkcs12(), PFX_PASSWORD.clone(), null);

    ValidationReport report =
        VALIDATION.validate(
            new ValidateCommand(TOPOLOGY, List.of(pfx), null, 30, testRootIsPublic()));

    assertThat(report.verdict()).as(failures(report)).isEqualTo(Verdict.PASS);
    assertThat(report.certificates().get(0).findings())
        .filteredOn(f -> f.rule() == RuleId.GEN_KEY_004 || f.rule() == RuleId.GEN_KEY_005)
        .extracting(f -> f.status().code())
        .containsExactly("pass", "pass");
  }

  @Test
  void givenTheRequest_validate_checksItBeforeTheCaAndSpeaksOfTheRequest() {
    CertificateSource csr =
        new CertificateSource(
            "edge-external.csr", request.csrPem().getBytes(StandardCharsets.US_ASCII), null, null);

    CertificateReport report =
        VALIDATION
            .validate(new ValidateCommand(TOPOLOGY, List.of(csr), null, 30, null))
            .certificates()
            .get(0);

    assertThat(report.verdict())
        .as(failures(new ValidationReport(TestPki.NOW, List.of(report))))
        .isEqualTo(Verdict.PASS);
    assertThat(report.role()).isEqualTo(CertificateRole.EXTERNAL);
    assertThat(report.thumbprint()).isNull();
    assertThat(report.findings())
        .extracting(Finding::message)
        .allMatch(message -> message.toLowerCase(Locale.ROOT).contains("request"));
  }

  @Test
  void givenACertificateMissingItsSans_bundle_refusesWithTheFailedRules() {
    X509Certificate withoutSan = CA.sign(request.csrPem(), Extension.subjectAlternativeName);

    assertThatThrownBy(() -> BUNDLES.bundle(bundleOf(withoutSan, request.privateKeyPem())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("issued.cer");
              assertThat(e.getMessage())
                  .contains(
                      "does not satisfy the plan of topology.yaml", "issued.cer EXT-SAN-002:");
            });
  }

  @Test
  void givenTheKeyOfAnotherRequest_bundle_refusesNamingBothFiles() {
    CertificateRequest other =
        new RequestService(READER, FastRequestFactory.create(), CLOCK)
            .request(
                new RequestCommand(
                    TOPOLOGY,
                    CertificateRole.INTERNAL,
                    new KeyChoice(KeyAlgorithm.ECDH_P256, 0),
                    null,
                    PASSPHRASE.clone()));

    assertThatThrownBy(
            () -> BUNDLES.bundle(bundleOf(CA.sign(request.csrPem()), other.privateKeyPem())))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(
            "the private key in edge-external.key does not belong to the "
                + "certificate in issued.cer");
  }

  @Test
  void givenNoTopologyAndAnInstantAfterTheCertificateExpired_bundle_refusesUnlessForced() {
    X509Certificate issued = CA.sign(request.csrPem());
    java.time.Instant late = issued.getNotAfter().toInstant().plusSeconds(1);
    java.time.Instant last = issued.getNotAfter().toInstant();

    assertThatThrownBy(
            () ->
                BUNDLES.bundle(
                    bundleOf(
                        issued, request.privateKeyPem(), null, BundleOptions.defaults(), late)))
        .isInstanceOfSatisfying(
            io.edgecert.application.port.in.BundleRefusedException.class,
            e ->
                assertThat(e.refusal())
                    .isEqualTo(
                        new io.edgecert.application.port.in.BundleRefusal.NotValidAt(
                            late, issued.getNotBefore().toInstant(), last)));
    assertThat(
            BUNDLES
                .bundle(
                    bundleOf(issued, request.privateKeyPem(), null, BundleOptions.defaults(), last))
                .forced())
        .as("valid to its last second")
        .isEmpty();
    BundleOptions force = new BundleOptions("edge.pfx", null, true, true, false);
    assertThat(
            BUNDLES.bundle(bundleOf(issued, request.privateKeyPem(), null, force, late)).forced())
        .containsInstanceOf(io.edgecert.application.port.in.BundleRefusal.NotValidAt.class);
  }
}
