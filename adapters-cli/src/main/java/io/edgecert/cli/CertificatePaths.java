package io.edgecert.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Turns the certificate arguments of validate into file names: a file stays as it is, a directory
 * gives the certificate files below it (by extension, hidden entries skipped), a glob pattern
 * ({@code *}, {@code ?}, {@code [..]}, {@code {a,b}}, {@code **} across directories) the files it
 * matches, and {@code --files-from} a list of names, one per line. Names come out in a stable
 * order: as given, each directory's entries sorted. Only names are held, never contents.
 */
final class CertificatePaths {
  /** Extensions of the files taken from a directory; a pattern or a list takes what it names. */
  static final Set<String> EXTENSIONS =
      Set.of("pem", "crt", "cer", "der", "p7b", "p7c", "pfx", "p12", "csr", "req");

  private final InputFiles files;
  private final List<String> names = new ArrayList<>();
  private boolean expanded;

  CertificatePaths(InputFiles files) {
    this.files = files;
  }

  /** Adds command-line arguments: files, {@code -}, directories or glob patterns. */
  CertificatePaths arguments(List<String> arguments) {
    for (String argument : arguments) {
      if (InputFiles.STDIN.equals(argument)) {
        names.add(argument);
      } else if (Files.isDirectory(path(argument))) {
        directory(path(argument));
      } else if (isPattern(argument) && !Files.exists(path(argument))) {
        pattern(argument);
      } else {
        names.add(argument);
      }
    }
    return this;
  }

  /** Adds the names listed in {@code list} ({@code -}: standard input), one per line. */
  CertificatePaths listedIn(String list) {
    expanded = true;
    String text = new String(files.read(list, InputFiles.Kind.LIST), StandardCharsets.UTF_8);
    for (String line : text.split("\r?\n")) {
      if (!line.isBlank()) {
        String name = line.strip();
        if (Files.isDirectory(path(name))) {
          directory(path(name));
        } else {
          names.add(name);
        }
      }
    }
    return this;
  }

  /** Every name, in order. */
  List<String> names() {
    return List.copyOf(names);
  }

  /**
   * True when a directory, a pattern or a list was expanded, rather than files named one by one.
   */
  boolean expanded() {
    return expanded;
  }

  static boolean isPattern(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private void directory(Path directory) {
    expanded = true;
    walk(directory, CertificatePaths::hasCertificateExtension);
  }

  private void pattern(String argument) {
    expanded = true;
    Path base = literalPrefix(argument);
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + argument);
    int before = names.size();
    if (Files.isDirectory(base)) {
      walk(base, matcher::matches);
    }
    if (names.size() == before) {
      throw InputFiles.unreadable(argument, "no file matches this pattern");
    }
  }

  /** The directories of the pattern before its first segment with a wildcard. */
  private static Path literalPrefix(String pattern) {
    Path prefix = Path.of(pattern.startsWith("/") ? "/" : "");
    for (String segment : pattern.split("/")) {
      if (isPattern(segment)) {
        break;
      }
      if (!segment.isEmpty()) {
        prefix = prefix.resolve(segment);
      }
    }
    return prefix;
  }

  private void walk(Path directory, Predicate<Path> wanted) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream =
        Files.newDirectoryStream(directory.toString().isEmpty() ? Path.of(".") : directory)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      throw InputFiles.unreadable(directory.toString(), "cannot list the directory");
    }
    entries.sort(null);
    for (Path entry : entries) {
      Path named = directory.toString().isEmpty() ? entry.getFileName() : entry;
      if (entry.getFileName().toString().startsWith(".")) {
        continue;
      }
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walk(named, wanted);
      } else if (Files.isRegularFile(entry) && wanted.test(named)) {
        names.add(named.toString());
      }
    }
  }

  private static boolean hasCertificateExtension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static Path path(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw InputFiles.unreadable(name, "not a valid file name");
    }
  }
}
