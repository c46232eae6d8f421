package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The certificate authority of docs/guide.md, for a reader: after the guide's {@code request}, the
 * guide's command {@code mvn ... test -Dtest=GuideCa} has the test CA sign
 * target/guide/request/edge-external.csr into target/guide/issued/. Not a test of the build (its
 * name does not end in Test, so {@code mvn verify} leaves it out); GuideCommandsTest runs the same
 * signing when its walkthrough reaches that command.
 */
class GuideCa {

  @Test
  void theTestCa_issuesTheCertificateTheGuidesRequestAsksFor() {
    assertThat(Repository.ROOT.resolve(GuideFiles.REQUEST))
        .as("run the guide's request command first")
        .exists();

    new GuideFiles().issueRequestedCertificate();

    assertThat(Files.exists(Repository.ROOT.resolve(GuideFiles.ISSUED))).isTrue();
  }
}
