package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user reads about a topology they got wrong, through the whole command line. */
class TopologyMessagesTest {
  private static final InProcessCli CLI = InProcessCli.production();
  @TempDir Path dir;

  @Test
  void givenAMisspelledKey_plan_reportsEveryProblemOnALineInDocumentOrder() throws Exception {
    Path topology =
        write(
            "t.yaml",
            "version: 1\n"
                + "product: lync-2013\n\n"
                + "sipDomain: [contoso.com]\n"
                + "edge:\n"
                + "  layout: single\n");

    InProcessCli.Run run = CLI.run("plan", topology.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    List<String> lines = run.err().lines().toList();
    assertThat(lines)
        .allSatisfy(line -> assertThat(line).matches("\\Q" + topology + "\\E:\\d+ .*"));
    assertThat(lines.stream().map(line -> Integer.parseInt(line.split("[: ]")[1])).toList())
        .isSorted();
    assertThat(lines)
        .contains(
            topology
                + ":4 sipDomain: unknown key \"sipDomain\" (did you mean \"sipDomains\"?);"
                + " allowed: version, product, sipDomains, edge, federation, certificates, hybrid",
            topology + ":4 sipDomains: needs at least one domain");
  }

  @Test
  void givenAnEmptyFile_plan_saysOnlyThatItIsEmpty() throws Exception {
    Path topology = write("empty.yaml", "");

    InProcessCli.Run run = CLI.run("plan", topology.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            topology
                + ": the document is empty; expected a mapping with version, sipDomains and"
                + " edge\n");
  }

  @Test
  void givenVersion2_plan_saysOnlyThatTheVersionIsNotSupported() throws Exception {
    Path topology = write("v2.yaml", "version: 2\nproduct: lync-2013\nsipDomains: [a]\n");

    InProcessCli.Run run = CLI.run("plan", topology.toString());

    assertThat(run.err())
        .isEqualTo(topology + ":1 version: version 2 is not supported; supported versions: 1\n");
  }

  @Test
  void givenStandardInput_plan_namesIt() {
    byte[] stdin = "version: 1\nsipDomains: x\n".getBytes(StandardCharsets.UTF_8);

    InProcessCli.Run run = CLI.run(stdin, Map.of(), List.of("plan", "-"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("<stdin>:").doesNotContain("\n-");
  }

  @Test
  void givenTheArgumentsSwapped_validate_saysTheTopologyComesFirst() throws Exception {
    Path certificate =
        write("edge.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n");
    Path topology = write("topology.yaml", "version: 1\n");

    InProcessCli.Run run = CLI.run("validate", certificate.toString(), topology.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            certificate
                + ": this is a certificate (PEM), not a topology (YAML or JSON): the topology comes"
                + " first, as in `edgecert validate TOPOLOGY CERTIFICATE...` and `edgecert plan"
                + " TOPOLOGY`\n");
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }
}
