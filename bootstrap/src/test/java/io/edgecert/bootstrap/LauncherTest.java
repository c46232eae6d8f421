package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./edgecert} launcher of a fresh checkout: on a machine without Maven it says what to
 * install (or to take a release archive) and exits 127, naming the jar by a clean path; with Maven
 * (here a stand-in that records how it was called) its first run says that it builds and how long
 * that takes, later runs build nothing, and a changed source rebuilds with its own message; run
 * under each installed JDK in turn (17, 21, 25, as many as there are), stderr holds only its own
 * lines: each JDK gets a class-data archive of its own, and no JVM warns.
 */
class LauncherTest {
  private static final String SOURCE = "bootstrap/src/main/java/Main.java";
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
    Path root = sourceTree();
    Path source = root.resolve(SOURCE);
    Path calls = bin.resolve("mvn-calls.txt");
    // Maven builds the jar; java prints how it was started: neither needs the real thing here.
    script(
        "mvn",
        "echo \"$PWD: $*\" >>"
            + calls
            + "; mkdir -p bootstrap/target;"
            + " echo jar >bootstrap/target/edgecert.jar");
    script("java", "echo \"java $*\"");

    Launch first = launch(root);
    Path jar = root.resolve("bootstrap/target/edgecert.jar");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .startsWith(
            "edgecert: first run: building "
                + jar
                + " (a few minutes while Maven fetches the"
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

  @Test
  void givenRunsUnderEachInstalledJdkInTurn_launcher_keepsStderrFreeOfJvmWarnings()
      throws Exception {
    Path root = sourceTree();
    Path jar = helloJar(bin.resolve("hello.jar"));
    script("mvn", "mkdir -p bootstrap/target; cp " + jar + " bootstrap/target/edgecert.jar");
    List<Path> jdks = jdks();

    List<Path> order = new ArrayList<>(jdks);
    order.add(jdks.get(0));
    for (Path jdk : order) {
      ProcessBuilder builder =
          new ProcessBuilder("./edgecert", "--version").directory(root.toFile());
      builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
      builder.environment().put("JAVA_HOME", jdk.toString());
      Launch run = run(builder);

      assertThat(run.exitCode()).as(jdk + ": " + run.err()).isZero();
      assertThat(run.out()).as(jdk.toString()).isEqualTo("hello\n");
      assertThat(run.err().lines())
          .as("stderr under %s", jdk)
          .allSatisfy(line -> assertThat(line).startsWith("edgecert: "));
    }
    try (var archives = Files.list(root.resolve(".edgecert"))) {
      assertThat(archives.filter(f -> f.toString().endsWith(".jsa")))
          .as("one class-data archive per JDK")
          .hasSize(jdks.size());
    }
  }

  /** The running JDK, then every other JDK of another feature version under /usr/lib/jvm. */
  private static List<Path> jdks() throws IOException {
    Path running = Path.of(System.getProperty("java.home")).toRealPath();
    List<Path> jdks = new ArrayList<>(List.of(running));
    Path installed = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(installed)) {
      try (var dirs = Files.list(installed)) {
        for (Path dir : dirs.sorted().toList()) {
          String version = featureVersion(dir);
          boolean known = jdks.stream().anyMatch(j -> featureVersion(j).equals(version));
          if (!version.isEmpty() && !known && Files.isExecutable(dir.resolve("bin/java"))) {
            jdks.add(dir.toRealPath());
          }
        }
      }
    }
    return jdks;
  }

  private static String featureVersion(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          return line.substring("JAVA_VERSION=".length()).replace("\"", "").split("\\.")[0];
        }
      }
    } catch (IOException e) {
      return "";
    }
    return "";
  }

  /** A jar whose main class prints hello: built here, for Java 17, so that every JDK runs it. */
  private static Path helloJar(Path jar) throws IOException {
    Path sources = Files.createDirectories(jar.resolveSibling("hello-src"));
    Path source =
        Files.writeString(
            sources.resolve("Hello.java"),
            "public class Hello { public static void main(String[] a) {"
                + " System.out.println(\"hello\"); } }\n");
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "--release", "17", "-d", sources.toString(), source.toString());
    assertThat(compiled).isZero();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
    try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry("Hello.class"));
      out.write(Files.readAllBytes(sources.resolve("Hello.class")));
      out.closeEntry();
    }
    return jar;
  }

  /**
   * A checkout as the launcher sees it: itself, the poms and a source, all an hour old, so that a
   * jar built now is newer than every one of them.
   */
  private Path sourceTree() throws IOException {
    Path root = checkout.toRealPath();
    executable(Files.copy(Repository.path("edgecert"), root.resolve("edgecert")));
    Files.createDirectories(root.resolve(SOURCE).getParent());
    FileTime anHourAgo = FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
    for (String file : List.of("pom.xml", "bootstrap/pom.xml", SOURCE)) {
      Files.setLastModifiedTime(
          Files.writeString(root.resolve(file), file.endsWith(".xml") ? "<project/>\n" : "\n"),
          anHourAgo);
    }
    return root;
  }

  /** What one run of the launcher printed. */
  private record Launch(int exitCode, String out, String err) {}

  private Launch launch(Path root) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("./edgecert", "--version").directory(root.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().remove("JAVA_HOME");
    return run(builder);
  }

  private static Launch run(ProcessBuilder builder) throws Exception {
    Process launcher = builder.start();
    launcher.getOutputStream().close();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(launcher.getErrorStream()));
    String out = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Launch(launcher.exitValue(), out, new String(err.get(), StandardCharsets.UTF_8));
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
