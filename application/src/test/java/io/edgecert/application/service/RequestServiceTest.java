package io.edgecert.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.application.port.in.KeyChoice;
import io.edgecert.application.port.in.RequestCommand;
import io.edgecert.application.port.in.SubjectFields;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.CertificateOptions;
import io.edgecert.domain.topology.KeyAlgorithm;
import io.edgecert.domain.topology.Topology;
import org.junit.jupiter.api.Test;

class RequestServiceTest {
  private final FakeRequestFactory factory = new FakeRequestFactory();

  private CertificateRequest request(Topology topology, CertificateRole role, KeyChoice key) {
    RequestService service = new RequestService(Contoso.reader(topology), factory, Contoso.CLOCK);
    return service.request(
        new RequestCommand(
            Contoso.SOURCE,
            role,
            key,
            SubjectFields.parse("O=Contoso Ltd,C=US"),
            "secret".toCharArray()));
  }

  @Test
  void givenAPoolWithAol_request_asksTheFactoryForThePlannedExternalCertificate() {
    CertificateRequest request = request(Contoso.poolWithAol(), CertificateRole.EXTERNAL, null);

    assertThat(factory.certificate.subjectName()).isEqualTo("sip.contoso.com");
    assertThat(factory.certificate.dnsNames())
        .containsExactly("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com");
    assertThat(factory.certificate.requires(ExtendedKeyUsage.CLIENT_AUTH)).isTrue();
    assertThat(factory.subject.valuesOf("O")).containsExactly("Contoso Ltd");
    assertThat(new String(factory.passphrase)).isEqualTo("secret");
    assertThat(request.csrPem()).isEqualTo("CSR of sip.contoso.com");
    assertThat(request.privateKeyPem()).isEqualTo("ENCRYPTED KEY");
    assertThat(request.keyEncrypted()).isTrue();
    assertThat(request.dnsNames()).isEqualTo(factory.certificate.dnsNames());
  }

  @Test
  void givenASingleEdge_request_plansTheKeyAsExportableBecauseItIsMadeOffTheEdge() {
    CertificateRequest request =
        request(Contoso.single(CertificateOptions.defaults()), CertificateRole.INTERNAL, null);

    assertThat(factory.certificate.privateKeyExportable()).isTrue();
    assertThat(request.requestCommand()).contains("-Type Internal", "-PrivateKeyExportable $true");
    assertThat(request.checklist()).anyMatch(line -> line.contains("EXT-KEY-003"));
  }

  @Test
  void givenNoPassphrase_request_saysTheKeyIsNotEncrypted() {
    RequestService service =
        new RequestService(
            Contoso.reader(Contoso.single(CertificateOptions.defaults())), factory, Contoso.CLOCK);
    CertificateRequest request =
        service.request(
            new RequestCommand(Contoso.SOURCE, CertificateRole.EXTERNAL, null, null, null));

    assertThat(request.keyEncrypted()).isFalse();
    assertThat(factory.passphrase).isNull();
    assertThat(request.toString()).doesNotContain("KEY");
  }

  @Test
  void givenAnEllipticKeyChoice_request_overridesTheTopologyKeyAndWarns() {
    CertificateRequest request =
        request(
            Contoso.single(CertificateOptions.defaults()),
            CertificateRole.EXTERNAL,
            new KeyChoice(KeyAlgorithm.ECDH_P384, 0));

    assertThat(request.key()).isEqualTo(new KeySpec(KeyAlgorithm.ECDH_P384, 384));
    assertThat(request.requestCommand()).contains("-KeyAlg ECDH_P384").doesNotContain("-KeySize");
    assertThat(request.checklist()).anyMatch(line -> line.startsWith("Note (GEN-KEY-003)"));
  }

  @Test
  void givenOnlyASizeForAnRsaTopology_request_usesThatSize() {
    CertificateRequest request =
        request(
            Contoso.single(CertificateOptions.defaults()),
            CertificateRole.EXTERNAL,
            new KeyChoice(null, 4096));

    assertThat(factory.certificate.key()).isEqualTo(new KeySpec(KeyAlgorithm.RSA, 4096));
    assertThat(request.requestCommand()).contains("-KeySize 4096");
  }

  @Test
  void givenAnEllipticTopologyAndAnRsaChoice_request_usesRsa2048() {
    request(
        Contoso.single(Contoso.key(KeyAlgorithm.ECDH_P256, 0)),
        CertificateRole.EXTERNAL,
        new KeyChoice(KeyAlgorithm.RSA, 0));

    assertThat(factory.certificate.key()).isEqualTo(new KeySpec(KeyAlgorithm.RSA, 2048));
  }

  @Test
  void givenACurveWithAnotherSize_request_refusesBeforeGeneratingAnything() {
    assertThatThrownBy(
            () ->
                request(
                    Contoso.single(CertificateOptions.defaults()),
                    CertificateRole.EXTERNAL,
                    new KeyChoice(KeyAlgorithm.ECDH_P256, 2048)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "key: key size 2048 does not fit ecdh-p256, whose curve has 256 bits; "
                + "leave the size out");
    assertThat(factory.certificate).isNull();
  }

  @Test
  void givenA1024BitTopology_request_refusesAndSaysTheSizeCameFromTheTopology() {
    assertThatThrownBy(
            () ->
                request(
                    Contoso.single(Contoso.key(KeyAlgorithm.RSA, 1024)),
                    CertificateRole.EXTERNAL,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("RSA key size 1024 (from the topology) cannot be requested")
        .hasMessageContaining("(GEN-KEY-001: 1024, 2048, 4096)")
        .hasMessageContaining("choose 2048 or 4096");
  }

  @Test
  void givenRsaSizesAtTheBounds_request_makesThemAndRefusesTheNextOutside() {
    request(
        Contoso.single(CertificateOptions.defaults()),
        CertificateRole.EXTERNAL,
        new KeyChoice(KeyAlgorithm.RSA, 2048));
    assertThat(factory.certificate.key()).isEqualTo(new KeySpec(KeyAlgorithm.RSA, 2048));
    request(
        Contoso.single(CertificateOptions.defaults()),
        CertificateRole.EXTERNAL,
        new KeyChoice(KeyAlgorithm.RSA, 16384));
    assertThat(factory.certificate.key()).isEqualTo(new KeySpec(KeyAlgorithm.RSA, 16384));

    for (int size : new int[] {2047, 16385}) {
      assertThatThrownBy(
              () ->
                  request(
                      Contoso.single(CertificateOptions.defaults()),
                      CertificateRole.EXTERNAL,
                      new KeyChoice(KeyAlgorithm.RSA, size)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessage(
              "key: RSA key size "
                  + size
                  + " cannot be requested: public CAs issue no RSA key below 2048 bits"
                  + " (GEN-KEY-002), and 2048 and 4096 are the documented sizes (GEN-KEY-001:"
                  + " 1024, 2048, 4096); choose 2048 or 4096");
    }
  }

  @Test
  void givenA3072BitTopology_request_makesTheKeyAsTheRuleReferenceAllows() {
    request(Contoso.single(Contoso.key(KeyAlgorithm.RSA, 3072)), CertificateRole.EXTERNAL, null);

    assertThat(factory.certificate).isNotNull();
    assertThat(factory.certificate.key().size()).isEqualTo(3072);
  }

  @Test
  void givenAvAuthenticationThatIsNotDecoupled_request_namesThePlannedCertificates() {
    assertThatThrownBy(
            () ->
                request(
                    Contoso.single(CertificateOptions.defaults()),
                    CertificateRole.AV_AUTHENTICATION,
                    null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.source()).isEqualTo("topology.yaml");
              assertThat(e.getMessage())
                  .contains(
                      "no av-authentication certificate",
                      "it plans: external, internal",
                      "certificates.separateAvAuthentication: true");
            });
  }
}
