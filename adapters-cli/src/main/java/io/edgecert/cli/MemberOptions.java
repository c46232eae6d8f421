package io.edgecert.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --member NAME=FILE}: an Edge pool member's copy of a certificate, repeatable. */
public final class MemberOptions {

  /** One member's copy: the member's FQDN and the file it came in. */
  record Member(String name, String file) {}

  @Option(
      names = "--member",
      paramLabel = "NAME=FILE",
      description =
          "An Edge pool member's copy: the member's FQDN (from edge.servers) and its file;"
              + " repeatable. The copies of each role are compared (EXT-POOL-001, INT-POOL-001).")
  List<String> members = new ArrayList<>();

  /** The members as given, in order; a value without {@code NAME=FILE} is a usage error. */
  List<Member> parse(CommandLine commandLine) {
    List<Member> parsed = new ArrayList<>();
    for (String value : members) {
      int equals = value.indexOf('=');
      if (equals <= 0 || equals == value.length() - 1) {
        throw new ParameterException(
            commandLine,
            "--member expects NAME=FILE, e.g. --member edge1.contoso.net=edge1.pfx; got '"
                + value
                + "'");
      }
      parsed.add(new Member(value.substring(0, equals).strip(), value.substring(equals + 1)));
    }
    return parsed;
  }
}
