package io.edgecert.distribution;

import com.google.inject.Guice;
import com.google.inject.Stage;
import io.edgecert.bootstrap.EdgecertModules;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.PasswordPrompt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.spi.ToolProvider;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Build steps of the distribution, run by Maven (exec-maven-plugin) with the production command
 * line on the class path:
 *
 * <ul>
 *   <li>{@code docs DIR VERSION DATE}: man pages (man/man1) and completion scripts (completion/)
 *       from the picocli model;
 *   <li>{@code jlink LIBDIR OUTDIR}: a Java runtime with the modules that the jars in LIBDIR need;
 *   <li>{@code checksums FILE...}: FILE.sha256 for each FILE, in the format of sha256sum.
 * </ul>
 */
public final class DistributionBuild {

  private DistributionBuild() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "docs" -> docs(Path.of(args[1]), args[2], args[3]);
      case "jlink" -> jlink(Path.of(args[1]), Path.of(args[2]));
      case "checksums" -> checksums(List.of(args).subList(1, args.length));
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
  }

  /** The production command line, as Main builds it. */
  static CommandLine commandLine() {
    CliEnvironment environment =
        new CliEnvironment(
            new ByteArrayInputStream(new byte[0]), Map.of(), PasswordPrompt.none(), Ansi.OFF);
    return Guice.createInjector(Stage.PRODUCTION, EdgecertModules.production(environment))
        .getInstance(CommandLine.class);
  }

  static void docs(Path dir, String version, String date) throws IOException {
    CommandLine root = commandLine();
    Path man = Files.createDirectories(dir.resolve("man/man1"));
    List<CommandSpec> pages = new ArrayList<>();
    pages.add(root.getCommandSpec());
    root.getSubcommands().values().stream()
        .map(CommandLine::getCommandSpec)
        .filter(spec -> !spec.usageMessage().hidden())
        .forEach(pages::add);
    for (CommandSpec spec : pages) {
      Files.writeString(
          man.resolve(ManPage.fileName(spec)), new ManPage(spec, version, date).render());
    }
    Path completion = Files.createDirectories(dir.resolve("completion"));
    Files.writeString(completion.resolve("edgecert.bash"), run("completion", "bash"));
    Files.writeString(completion.resolve("_edgecert"), run("completion", "zsh"));
    Files.writeString(completion.resolve("edgecert.ps1"), run("completion", "powershell"));
    Files.writeString(dir.resolve("VERSION"), version + "\n");
  }

  private static String run(String... args) {
    CommandLine commandLine = commandLine();
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    int exit = commandLine.execute(args);
    if (exit != 0) {
      throw new IllegalStateException("edgecert " + String.join(" ", args) + " exited " + exit);
    }
    return out.toString();
  }

  /** jdeps lists the modules the jars need; jlink links them into a runtime without docs. */
  static void jlink(Path lib, Path runtime) throws IOException {
    List<String> jars = new ArrayList<>();
    try (var files = Files.list(lib)) {
      files
          .filter(f -> f.toString().endsWith(".jar"))
          .sorted()
          .forEach(f -> jars.add(f.toString()));
    }
    List<String> jdepsArgs =
        new ArrayList<>(
            List.of(
                "--print-module-deps",
                "--ignore-missing-deps",
                "-q",
                "--multi-release",
                "17",
                "--class-path",
                String.join(java.io.File.pathSeparator, jars)));
    jdepsArgs.addAll(jars);
    String modules = tool("jdeps", jdepsArgs).strip();
    // jdeps sees no reflective or service use: the EC provider, DNS lookups and locales are added
    modules += ",jdk.crypto.ec,jdk.naming.dns,jdk.localedata,jdk.zipfs";
    if (Files.exists(runtime)) {
      try (var old = Files.walk(runtime)) {
        for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    tool(
        "jlink",
        List.of(
            "--add-modules",
            modules,
            "--output",
            runtime.toString(),
            "--strip-debug",
            "--no-header-files",
            "--no-man-pages",
            "--compress=2",
            "--include-locales=en"));
  }

  private static String tool(String name, List<String> args) {
    ToolProvider tool =
        ToolProvider.findFirst(name)
            .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        tool.run(
            new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    if (exit != 0) {
      throw new IllegalStateException(name + " failed (" + exit + "): " + err + out);
    }
    return out.toString();
  }

  static void checksums(List<String> files) throws IOException, NoSuchAlgorithmException {
    for (String name : files) {
      Path file = Path.of(name);
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      try (var in = new java.security.DigestInputStream(Files.newInputStream(file), sha256)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      String line = HexFormat.of().formatHex(sha256.digest()) + "  " + file.getFileName() + "\n";
      Files.writeString(
          file.resolveSibling(file.getFileName() + ".sha256"), line, StandardCharsets.UTF_8);
    }
  }
}
