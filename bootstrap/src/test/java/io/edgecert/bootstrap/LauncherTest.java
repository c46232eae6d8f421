package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./edgecert} launcher of a fresh checkout on a machine without Maven: it says what to
 * install (or to take a release archive) and exits 127, naming the jar by a clean path.
 */
class LauncherTest {
  @TempDir Path checkout;
  @TempDir Path bin;

  @Test
  void givenNoMaven_launcher_saysWhatToInstallAndExits127() throws Exception {
    Files.copy(Repository.path("edgecert"), checkout.resolve("edgecert"));
    Files.setPosixFilePermissions(
        checkout.resolve("edgecert"), PosixFilePermissions.fromString("rwxr-xr-x"));
    for (String tool : new String[] {"bash", "find", "readlink", "sed"}) {
      Files.createSymbolicLink(bin.resolve(tool), which(tool));
    }

    ProcessBuilder builder =
        new ProcessBuilder("./edgecert", "--version")
            .directory(checkout.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("PATH", bin.toString());
    builder.environment().remove("JAVA_HOME");
    Process launcher = builder.start();
    launcher.getOutputStream().close();
    assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String err = new String(launcher.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(launcher.exitValue()).as(err).isEqualTo(127);
    assertThat(err)
        .startsWith("edgecert: cannot build " + checkout.toRealPath() + "/bootstrap/target/")
        .contains("Install Maven", "release archive", "needs only Java")
        .doesNotContain("/./", "command not found");
  }

  private static Path which(String tool) throws IOException {
    for (String dir : System.getenv("PATH").split(":")) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate.toRealPath();
      }
    }
    throw new IOException(tool + " is not on the PATH");
  }
}
