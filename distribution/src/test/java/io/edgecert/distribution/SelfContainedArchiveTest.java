package io.edgecert.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linux-x64 archive runs on its own jlink'ed runtime, with no Java on the PATH. */
class SelfContainedArchiveTest {
  private static final Path TARGET = Path.of(System.getProperty("edgecert.dist.dir", "target"));
  private static final String NAME = System.getProperty("edgecert.dist.name", "edgecert");

  @Test
  void theSelfContainedArchivePlansWithItsOwnRuntime(@TempDir Path work) throws Exception {
    Path archive = TARGET.resolve(NAME + "-linux-x64.tar.gz");
    assumeTrue(Files.exists(archive), "built on linux-x64 only (profile linux-x64)");
    Shell tar = Shell.run(work, Map.of(), List.of("tar", "xzf", archive.toString()));
    assertThat(tar.exit).as(tar.toString()).isZero();
    Path home = work.resolve(NAME);
    assertThat(TARGET.resolve(NAME + "-linux-x64.tar.gz.sha256")).isRegularFile();

    // a PATH with the usual tools and no java
    Path tools = Files.createDirectories(work.resolve("tools"));
    for (String tool :
        List.of("ls", "sed", "cksum", "cut", "cat", "mktemp", "awk", "mkdir", "mv", "rm", "head")) {
      Shell which = Shell.run(work, Map.of(), List.of("sh", "-c", "command -v " + tool));
      Path wrapper =
          Files.writeString(
              tools.resolve(tool), "#!/bin/sh\nexec " + which.out.strip() + " \"$@\"\n");
      wrapper.toFile().setExecutable(true);
    }
    Shell run =
        Shell.run(
            work,
            Map.of(
                "PATH",
                tools.toString(),
                "JAVA_HOME",
                "",
                "XDG_CACHE_HOME",
                work.resolve("cache").toString(),
                "EDGECERT_JAVA_OPTS",
                "-XshowSettings:properties"),
            List.of(
                "/bin/sh",
                home.resolve("bin/edgecert").toString(),
                "plan",
                home.resolve("docs/examples/s02-single-edge-nat.yaml").toString()));

    assertThat(run.exit).as(run.toString()).isZero();
    assertThat(run.out).contains("sip.contoso.com");
    assertThat(run.err).contains("java.home = " + home.resolve("runtime"));
  }
}
