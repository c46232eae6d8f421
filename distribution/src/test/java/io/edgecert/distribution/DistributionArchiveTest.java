package io.edgecert.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.edgecert.x509.testing.Exports;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the archives that {@code mvn package} built into a temporary directory and uses them as a
 * user would: bin/edgecert plan and validate, with nothing of the build on the class path.
 */
class DistributionArchiveTest {
  private static final Path TARGET = Path.of(System.getProperty("edgecert.dist.dir", "target"));
  private static final String NAME = System.getProperty("edgecert.dist.name", "edgecert");
  private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

  @TempDir static Path work;
  private static Path home;
  private static Path cache;

  @BeforeAll
  static void unpack() throws IOException {
    Path into = Files.createDirectories(work.resolve("unpacked here"));
    Shell tar = Shell.run(into, Map.of(), List.of("tar", "xzf", archive(".tar.gz").toString()));
    assertThat(tar.exit).as(tar.toString()).isZero();
    home = into.resolve(NAME);
    cache = work.resolve("cache");
  }

  private static Path archive(String extension) {
    return TARGET.resolve(NAME + extension);
  }

  private Shell edgecert(Path dir, Map<String, String> extra, String... args) {
    Map<String, String> environment = new HashMap<>();
    environment.put("XDG_CACHE_HOME", cache.toString());
    environment.put("NO_COLOR", "1");
    environment.putAll(extra);
    List<String> command = new ArrayList<>();
    command.add(dir.resolve("bin/edgecert").toString());
    command.addAll(List.of(args));
    return Shell.run(work, environment, command);
  }

  private Shell edgecert(String... args) {
    return edgecert(home, Map.of(), args);
  }

  @Test
  void theArchivesHoldTheLaunchersLibrariesDocsManPagesCompletionAndLicences() throws IOException {
    for (String file :
        List.of(
            "bin/edgecert",
            "bin/edgecert.cmd",
            "README.md",
            "LICENSE",
            "THIRD-PARTY-NOTICES.md",
            "VERSION",
            "docs/guide.md",
            "docs/rules.md",
            "docs/examples/s02-single-edge-nat.yaml",
            "man/man1/edgecert.1",
            "man/man1/edgecert-plan.1",
            "man/man1/edgecert-validate.1",
            "man/man1/edgecert-rules.1",
            "man/man1/edgecert-request.1",
            "man/man1/edgecert-bundle.1",
            "man/man1/edgecert-serve.1",
            "man/man1/edgecert-completion.1",
            "completion/edgecert.bash",
            "completion/_edgecert",
            "completion/edgecert.ps1")) {
      assertThat(home.resolve(file)).as(file).isRegularFile();
    }
    assertThat(Files.getPosixFilePermissions(home.resolve("bin/edgecert")))
        .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
    assertThat(Files.readString(home.resolve("LICENSE")))
        .contains("Apache License", "Version 2.0, January 2004");
    assertThat(home.resolve("runtime")).doesNotExist();
    try (ZipFile zip = new ZipFile(archive(".zip").toFile());
        Stream<Path> files = Files.walk(home)) {
      List<String> zipped =
          zip.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).sorted().toList();
      List<String> unpacked =
          files
              .filter(Files::isRegularFile)
              .map(f -> NAME + "/" + home.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
      assertThat(zipped).isEqualTo(unpacked);
    }
  }

  @Test
  void eachArchiveHasItsSha256() throws Exception {
    for (String extension : List.of(".zip", ".tar.gz")) {
      Path archive = archive(extension);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      String expected =
          HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(archive)))
              + "  "
              + archive.getFileName()
              + "\n";
      assertThat(Files.readString(archive.resolveSibling(archive.getFileName() + ".sha256")))
          .isEqualTo(expected);
    }
  }

  @Test
  void everyBundledJarHasAThirdPartyNotice() throws IOException {
    String notices = Files.readString(home.resolve("THIRD-PARTY-NOTICES.md"));
    List<String> missing = new ArrayList<>();
    try (Stream<Path> jars = Files.list(home.resolve("lib"))) {
      jars.map(jar -> jar.getFileName().toString())
          .filter(jar -> !jar.startsWith("edgecert-"))
          .filter(jar -> !notices.contains("| `" + jar + "` |"))
          .forEach(missing::add);
    }
    assertThat(missing)
        .as("jars in lib/ without a row in distribution/src/main/dist/THIRD-PARTY-NOTICES.md")
        .isEmpty();
  }

  @Test
  void binEdgecert_plansAnExample() {
    Shell run = edgecert("plan", home.resolve("docs/examples/s02-single-edge-nat.yaml").toString());

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("sip.contoso.com", "webcon.contoso.com", "lsedge.contoso.net");
  }

  @Test
  void binEdgecert_validatesAGeneratedCertificate() throws IOException {
    TestPki pki = TestPki.create();
    IssuedCertificate leaf =
        pki.leaf(
            LeafSpec.cn("sip.contoso.com")
                .dns("sip.contoso.com", "webcon.contoso.com", "sip.fabrikam.com")
                .eku(SERVER_AUTH)
                .crl("http://pki.contoso.com/edgecert-test.crl"));
    Path pem =
        Files.write(work.resolve("edge external.pem"), Exports.pem(leaf, leaf.issuers().get(0)));
    Path root = Files.write(work.resolve("root.pem"), Exports.pem(pki.root()));

    Shell run =
        edgecert(
            "validate",
            home.resolve("docs/examples/s02-single-edge-nat.yaml").toString(),
            pem.toString(),
            "--at",
            "2026-01-01",
            "--public-roots",
            root.toString(),
            "--format",
            "sarif");

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("\"version\": \"2.1.0\"", "edge%20external.pem");
  }

  @Test
  void theFirstRunMakesAClassDataSharingArchiveInTheUserCacheThatLaterRunsUse() throws IOException {
    Path log = work.resolve("classes.log");
    edgecert("rules", "GEN-EKU-001");
    Shell run =
        edgecert(
            home, Map.of("EDGECERT_JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "--version");

    assertThat(run.exit).as(run.toString()).isZero();
    try (Stream<Path> files = Files.list(cache.resolve("edgecert"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .singleElement()
          .asString()
          .startsWith("edgecert-")
          .endsWith(".jsa");
    }
    assertThat(Files.readString(log)).contains("source: shared objects file");
  }

  @Test
  void shortCommandsUseTheFlagsOfDotEdgecert_andServeTheAgreedServerFlags() {
    Map<String, String> show = Map.of("EDGECERT_SHOW_JVM_FLAGS", "1");
    Path repository = Path.of("..").toAbsolutePath().normalize();
    Shell repoShort = Shell.run(repository, show, List.of("./edgecert", "plan"));
    Shell repoServe = Shell.run(repository, show, List.of("./edgecert", "serve"));

    assertThat(edgecert(home, show, "plan").out).isEqualTo(repoShort.out);
    Shell serve = edgecert(home, show, "serve", "--port", "0");
    assertThat(serve.out.lines())
        .contains("-XX:+UseG1GC", "-Xmx512m")
        .doesNotContain("-XX:TieredStopAtLevel=1");
    assertThat(
            edgecert(
                    home,
                    Map.of("EDGECERT_SHOW_JVM_FLAGS", "1", "EDGECERT_SERVE_HEAP", "256m"),
                    "serve")
                .out
                .lines())
        .contains("-Xmx256m");
    if (!repoServe.out.equals(repoShort.out)) {
      assertThat(serve.out).isEqualTo(repoServe.out);
    }
  }

  @Test
  void validateOfManyFiles_runsWithTheTieredJit_asDotEdgecertDoes() {
    Map<String, String> show = Map.of("EDGECERT_SHOW_JVM_FLAGS", "1");
    Path repository = Path.of("..").toAbsolutePath().normalize();
    String directory = work.toString();
    for (List<String> arguments :
        List.of(
            List.of("validate", "t.yaml", directory),
            List.of("validate", "t.yaml", "certs/*.pem"),
            List.of("validate", "t.yaml", "--files-from", "-"),
            List.of("validate", "t.yaml", "a.pem", "--format", "jsonl"))) {
      List<String> command = new java.util.ArrayList<>(List.of("./edgecert"));
      command.addAll(arguments);
      Shell repo = Shell.run(repository, show, command);
      Shell estate = edgecert(home, show, arguments.toArray(String[]::new));

      assertThat(estate.out.lines())
          .as(arguments.toString())
          .contains("-XX:+UseSerialGC")
          .doesNotContain("-XX:TieredStopAtLevel=1");
      assertThat(repo.out.lines())
          .as(arguments.toString())
          .doesNotContain("-XX:TieredStopAtLevel=1");
    }
    assertThat(edgecert(home, show, "validate", "t.yaml", "a.pem").out.lines())
        .contains("-XX:TieredStopAtLevel=1");
  }

  @Test
  void aWriteErrorExits3WithAMessage_fullDiskAndClosedPipe() {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    Shell full =
        Shell.run(
            work,
            Map.of("XDG_CACHE_HOME", cache.toString()),
            List.of("sh", "-c", "'" + home.resolve("bin/edgecert") + "' rules > /dev/full"));
    assertThat(full.exit).as(full.toString()).isEqualTo(3);
    assertThat(full.err).contains("edgecert: cannot write the result to standard output");

    // rules prints far more than a pipe buffer holds: edgecert writes on after head has gone
    Shell pipe =
        Shell.run(
            work,
            Map.of("XDG_CACHE_HOME", cache.toString()),
            List.of(
                "bash",
                "-c",
                "'"
                    + home.resolve("bin/edgecert")
                    + "' rules | head -c 1 >/dev/null; echo \"${PIPESTATUS[0]}\""));
    assertThat(pipe.out.strip()).as(pipe.toString()).isEqualTo("3");
    assertThat(pipe.err).contains("edgecert: cannot write the result to standard output");
  }

  @Test
  void theManPagesRenderWithoutWarnings() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "groff renders man pages");
    try (Stream<Path> pages = Files.list(home.resolve("man/man1"))) {
      for (Path page : pages.toList()) {
        Shell groff =
            Shell.run(
                work, Map.of(), List.of("groff", "-man", "-Tutf8", "-ww", "-z", page.toString()));
        assertThat(groff.exit).as(page + ": " + groff).isZero();
        assertThat(groff.err).as(page.toString()).isEmpty();
      }
    }
    String validate = Files.readString(home.resolve("man/man1/edgecert-validate.1"));
    assertThat(validate)
        .contains(
            ".TH \"EDGECERT-VALIDATE\" \"1\"",
            ".SH SYNOPSIS",
            "\\fB\\-\\-strict\\fR",
            ".SH EXIT STATUS",
            ".SH EXAMPLES");
  }

  @Test
  void theBashCompletionCompletesFormatValues() {
    String script = home.resolve("completion/edgecert.bash").toString();
    Shell bash =
        Shell.run(
            work,
            Map.of(),
            List.of(
                "bash",
                "-c",
                "source '"
                    + script
                    + "'; COMP_WORDS=(edgecert validate t.yaml c.pem --format s);"
                    + " COMP_CWORD=5; _complete_edgecert; printf '%s\\n' \"${COMPREPLY[@]}\""));

    assertThat(bash.out.lines()).as(bash.toString()).containsExactly("sarif");
  }

  /**
   * The Windows launcher cannot run here (no cmd.exe): these checks are static. It must keep CRLF
   * line ends, call only labels it defines, hand the command line on untouched with %* (java.exe
   * then splits it, quoted arguments with spaces included, as on any Windows program), quote every
   * path it builds, and carry the same JVM flags as bin/edgecert.
   */
  @Test
  void theWindowsLauncherIsWellFormed() throws IOException {
    byte[] bytes = Files.readAllBytes(home.resolve("bin/edgecert.cmd"));
    String cmd = new String(bytes, StandardCharsets.US_ASCII);
    assertThat(cmd.replace("\r\n", "")).doesNotContain("\n", "\r");
    List<String> lines = cmd.lines().toList();
    assertThat(lines.get(0)).isEqualTo("@echo off");
    List<String> labels =
        lines.stream().filter(l -> l.startsWith(":")).map(l -> l.substring(1)).toList();
    for (String line : lines) {
      for (String jump : List.of("goto :", "call :")) {
        int at = line.indexOf(jump);
        if (at >= 0) {
          String label = line.substring(at + jump.length()).split("[ \"]")[0];
          assertThat(label.equals("eof") || labels.contains(label)).as(line).isTrue();
        }
      }
      assertThat(line.chars().filter(c -> c == '"').count() % 2).as("quotes in: " + line).isZero();
    }
    assertThat(cmd.chars().filter(c -> c == '(').count())
        .isEqualTo(cmd.chars().filter(c -> c == ')').count());
    String java =
        lines.stream().filter(l -> l.startsWith("\"%EDGECERT_JAVA%\"")).findFirst().orElseThrow();
    assertThat(java)
        .endsWith(" io.edgecert.bootstrap.Main %*")
        .contains("-cp \"%EDGECERT_HOME%\\lib\\*\"");
    assertThat(cmd).doesNotContain("shift", "%1 %2");
    for (String flag :
        edgecert(home, Map.of("EDGECERT_SHOW_JVM_FLAGS", "1"), "plan").out.lines().toList()) {
      assertThat(cmd).contains(flag);
    }
    assertThat(cmd)
        .contains("-XX:+UseG1GC -Xmx%EDGECERT_SERVE_HEAP%", "set \"EDGECERT_SERVE_HEAP=512m\"");
  }
}
