package io.edgecert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The defaults the commands' records fill in and what their redacting toString()s still say. */
class CommandRecordsTest {
  private static final InputFile KEY = file("edge.key");
  private static final InputFile CERTIFICATE = file("edge.cer");
  private static final TopologySource TOPOLOGY =
      new TopologySource("edge.yaml", new byte[1], TopologySource.Syntax.AUTO);

  private static InputFile file(String name) {
    return new InputFile(name, name.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void givenNoOptionsOrTrust_bundleCommand_usesTheDefaults() {
    BundleCommand command =
        new BundleCommand(KEY, null, CERTIFICATE, List.of(), new char[0], null, null, null, null);

    assertThat(command.options()).isEqualTo(BundleOptions.defaults());
    assertThat(command.trust()).isEqualTo(TrustSettings.defaults());
    assertThat(command.at()).isNull();
    assertThat(command)
        .hasToString(
            "BundleCommand[edge.key, edge.cer, [], "
                + command.options()
                + ", topology=null, role=null, at=null]");
  }

  @Test
  void givenOptionsTrustAndTopology_bundleCommand_keepsThemAndNamesTheTopology() {
    BundleOptions options = new BundleOptions("out.pfx", "Edge", false, true, true);
    TrustSettings trust = new TrustSettings(new byte[] {1}, List.of());
    Instant at = Instant.parse("2025-06-01T12:00:00Z");
    BundleCommand command =
        new BundleCommand(
            KEY,
            null,
            CERTIFICATE,
            List.of(file("chain.pem")),
            new char[0],
            options,
            new TopologySource("edge.yaml", new byte[1], TopologySource.Syntax.AUTO),
            CertificateRole.INTERNAL,
            trust,
            at);

    assertThat(command.options()).isSameAs(options);
    assertThat(command.trust()).isSameAs(trust);
    assertThat(command.toString())
        .startsWith("BundleCommand[edge.key, edge.cer, [")
        .endsWith(", topology=edge.yaml, role=INTERNAL, at=2025-06-01T12:00:00Z]");
  }

  @Test
  void givenAMemberOrNot_certificateSource_namesItInToString() {
    assertThat(new CertificateSource("edge.cer", new byte[3], null, CertificateRole.EXTERNAL))
        .hasToString("CertificateSource[edge.cer, 3 bytes, role=EXTERNAL]");
    assertThat(new CertificateSource("edge.cer", new byte[3], null, null, "edge1.contoso.net"))
        .hasToString("CertificateSource[edge.cer, 3 bytes, role=null, member=edge1.contoso.net]");
  }

  @Test
  void givenNoPassword_clientCertificate_usesAnEmptyOne() {
    char[] password = "secret".toCharArray();

    assertThat(new ClientCertificate("client.pfx", new byte[2], null).password()).isEmpty();
    assertThat(new ClientCertificate("client.pfx", new byte[2], password).password())
        .isSameAs(password);
  }

  @Test
  void givenAReportOrNone_certificateBundle_offersItAsOptionalValidation() {
    ValidationReport report = new ValidationReport(Instant.EPOCH, List.of());

    assertThat(bundle(report).validation()).containsSame(report);
    assertThat(bundle(null).validation()).isEmpty();
  }

  @Test
  void givenNoKeyOrSubjectFields_requestCommand_usesTheTopologysKeyAndNoFields() {
    RequestCommand command =
        new RequestCommand(TOPOLOGY, CertificateRole.EXTERNAL, null, null, null);

    assertThat(command.key()).isEqualTo(new KeyChoice(null, 0));
    assertThat(command.subjectFields().fields()).isEmpty();
    assertThat(command.encryptKey()).isFalse();
  }

  @Test
  void givenANegativeSize_keyChoice_isRefused() {
    assertThat(new KeyChoice(null, 0).size()).isZero();
    assertThatThrownBy(() -> new KeyChoice(null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size must not be negative");
  }

  @Test
  void givenNoTrust_validateCommands_useTheJdksPublicRootsAndNoPrivateOnes() {
    ValidateCommand command =
        new ValidateCommand(
            TOPOLOGY,
            List.of(new CertificateSource("edge.cer", new byte[1], null, null)),
            null,
            30,
            null);
    ValidateEachCommand each = new ValidateEachCommand(TOPOLOGY, null, 30, null);

    assertThat(command.trust()).isEqualTo(TrustSettings.defaults());
    assertThat(each.trust()).isEqualTo(TrustSettings.defaults());
    assertThat(each.trust().publicRoots()).isNull();
    assertThat(each.trust().privateRoots()).isEmpty();
  }

  private static CertificateBundle bundle(ValidationReport report) {
    return new CertificateBundle(new byte[1], "AB12", "Edge", List.of(), null, List.of(), report);
  }
}
