package io.edgecert.acceptance.driver.cli;

import io.edgecert.acceptance.driver.CertificateInput;
import io.edgecert.acceptance.driver.TopologyText;
import io.edgecert.acceptance.driver.Trust;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * The arguments of one {@code edgecert validate} run and the files they name: the topology, the
 * certificates (a pool member's copy as {@code --member NAME=FILE}; one role and at most one
 * PKCS#12 password per run, as on the command line), the PKCS#12 password in a file and the trusted
 * roots.
 */
final class ValidateArguments {
  private final Workspace files;
  private final List<String> args = new ArrayList<>(List.of("validate"));
  private final List<String> sources = new ArrayList<>();

  ValidateArguments(Workspace files) {
    this.files = files;
  }

  void topology(TopologyText topology) {
    String file = files.write(topology.syntax().fileName(), topology.bytes());
    args.add(file);
    sources.add(file);
  }

  void certificates(List<CertificateInput> certificates) {
    for (CertificateInput certificate : certificates) {
      String file = files.write(certificate.fileName(), certificate.content());
      if (certificate.member() == null) {
        args.add(file);
      } else {
        add("--member", certificate.member() + "=" + file);
      }
      sources.add(file);
    }
    add("--role", single(certificates.stream().map(CertificateInput::role).collect(toSet())));
    Set<String> passwords =
        certificates.stream()
            .filter(certificate -> certificate.password() != null)
            .map(CertificateInput::password)
            .collect(toSet());
    if (!passwords.isEmpty()) {
      add("--password-file", files.write("pfx-password.txt", single(passwords) + "\n"));
    }
  }

  void trust(Trust trust) {
    add("--public-roots", files.write("public-roots.pem", trust.publicRootsPem()));
    for (int i = 0; i < trust.privateRootsPem().size(); i++) {
      add("--trust", files.write("internal-root-" + i + ".pem", trust.privateRootsPem().get(i)));
    }
  }

  void add(String option, String value) {
    args.add(option);
    args.add(value);
  }

  List<String> list() {
    return List.copyOf(args);
  }

  /** The files whose names can start a line on standard error. */
  List<String> sources() {
    return List.copyOf(sources);
  }

  private static String single(Set<String> values) {
    if (values.size() != 1) {
      throw new IllegalArgumentException("one validate run takes one value here, got " + values);
    }
    return values.iterator().next();
  }

  private static <T> Collector<T, ?, Set<T>> toSet() {
    return Collectors.toCollection(LinkedHashSet::new);
  }
}
