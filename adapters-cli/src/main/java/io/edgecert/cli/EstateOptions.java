package io.edgecert.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of validate for many files: lists of names, parallel jobs and progress. */
final class EstateOptions {

  @Option(
      names = "--files-from",
      paramLabel = "FILE",
      description =
          "Also check the files (or directories) listed in FILE, one per line; - reads"
              + " the list from standard input.")
  String filesFrom;

  @Option(
      names = "--jobs",
      paramLabel = "N",
      description = "Check N files at a time (default: the number of cores).")
  Integer jobs;

  @Option(
      names = "--progress",
      negatable = true,
      description =
          "Show count, rate, failures and time left on stderr while many files are"
              + " checked (default: when stderr is a terminal).")
  Boolean progress;

  /** The file names to check, from the arguments and the list; at least one. */
  CertificatePaths paths(
      CommandSpec spec, List<String> arguments, InputFiles files, boolean membersGiven) {
    if (jobs != null && jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
    }
    if (arguments.isEmpty() && filesFrom == null) {
      if (membersGiven) {
        return new CertificatePaths(files);
      }
      throw new ParameterException(
          spec.commandLine(), "Missing required parameter: 'CERT' (or --files-from, or --member)");
    }
    if (InputFiles.STDIN.equals(filesFrom) && arguments.contains(InputFiles.STDIN)) {
      throw new ParameterException(
          spec.commandLine(), "standard input cannot be both a certificate and --files-from");
    }
    CertificatePaths paths = new CertificatePaths(files).arguments(arguments);
    if (filesFrom != null) {
      paths.listedIn(filesFrom);
    }
    if (paths.names().isEmpty()) {
      throw InputFiles.unreadable(
          filesFrom != null ? filesFrom : arguments.get(0), "no certificate file found");
    }
    return paths;
  }

  /**
   * True when the run is one for many files: a directory, pattern or list was expanded, or jobs,
   * progress or JSON lines were asked for. Files named one by one are otherwise checked as before:
   * all read first, an unreadable one stopping the run. With {@code --member} the copies are
   * compared in one run, so directories and patterns are expanded into it, and the options that
   * only a run of one file at a time has are refused.
   */
  boolean wanted(
      CommandSpec spec, CertificatePaths paths, OutputFormat format, boolean membersGiven) {
    boolean asked = format == OutputFormat.JSONL || jobs != null || Boolean.TRUE.equals(progress);
    if (membersGiven && asked) {
      throw new ParameterException(
          spec.commandLine(),
          "--member compares the members' copies in one run, which cannot be combined with"
              + " --jobs, --progress or --format jsonl (they judge one file at a time)");
    }
    return !membersGiven && (asked || paths.expanded());
  }

  int jobs() {
    return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
  }

  boolean progress() {
    return progress != null ? progress : Terminals.stderrIsTerminal();
  }
}
