package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./edgecert} launcher of a fresh checkout: on a machine without Maven it says what to
 * install (or to take a release archive) and exits 127, naming the jar by a clean path; with Maven
 * (here a stand-in that records how it was called) its first run says that it builds and how long
 * that takes, later runs build nothing, and a changed source rebuilds with its own message.
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

  @Test
  void givenAFreshCheckout_launcher_saysTheFirstRunBuildsAndHowLong_andLaterRunsDoNot()
      throws Exception {
    Path root = checkout.toRealPath();
    Files.copy(Repository.path("edgecert"), root.resolve("edgecert"));
    executable(root.resolve("edgecert"));
    Files.writeString(root.resolve("pom.xml"), "<project/>\n");
    Files.createDirectories(root.resolve("bootstrap/src/main/java"));
    Files.writeString(root.resolve("bootstrap/pom.xml"), "<project/>\n");
    Path source =
        Files.writeString(root.resolve("bootstrap/src/main/java/Main.java"), "class Main {}\n");
    Path calls = bin.resolve("mvn-calls.txt");
    // Maven builds the jar; java prints how it was started: neither needs the real thing here.
    script("mvn", "echo \"$PWD: $*\" >>" + calls + "; mkdir -p bootstrap/target;"
        + " echo jar >bootstrap/target/edgecert.jar");
    script("java", "echo \"java $*\"");
    FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (Path file : List.of(root.resolve("pom.xml"), root.resolve("bootstrap/pom.xml"), source)) {
      Files.setLastModifiedTime(file, anHourAgo);
    }

    Launch first = launch(root);
    Path jar = root.resolve("bootstrap/target/edgecert.jar");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .startsWith(
            "edgecert: first run: building " + jar + " (a few minutes while Maven fetches the"
                + " dependencies; later rebuilds take about a minute) ...\n");
    assertThat(Files.readAllLines(calls))
        .containsExactly(root + ": -B -q -DskipTests package -pl bootstrap -am");
    assertThat(first.out()).endsWith("-jar " + jar + " --version\n");

    Launch second = launch(root);
    assertThat(second.err()).doesNotContain("building", "rebuilding");
    assertThat(second.out()).endsWith("-jar " + jar + " --version\n");
    assertThat(Files.readAllLines(calls)).hasSize(1);

    Files.setLastModifiedTime(
        jar, FileTime.fromMillis(Files.getLastModifiedTime(source).toMillis() - 60_000));
    Launch changed = launch(root);
    assertThat(changed.err())
        .startsWith("edgecert: sources changed: rebuilding " + jar + " (about a minute) ...\n");
    assertThat(Files.readAllLines(calls)).hasSize(2);
  }

  /** What one run of the launcher printed. */
  private record Launch(int exitCode, String out, String err) {}

  private Launch launch(Path root) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("./edgecert", "--version").directory(root.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().remove("JAVA_HOME");
    Process launcher = builder.start();
    launcher.getOutputStream().close();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(launcher.getErrorStream()));
    String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Launch(launcher.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(java.io.InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void script(String name, String body) throws IOException {
    executable(Files.writeString(bin.resolve(name), "#!/usr/bin/env bash\n" + body + "\n"));
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
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
