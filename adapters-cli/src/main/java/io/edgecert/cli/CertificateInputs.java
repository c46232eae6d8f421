package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.application.port.in.TrustSettings;
import io.edgecert.domain.plan.CertificateRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns the certificate files, password options and trust files of validate into inputs. */
final class CertificateInputs {
  private final InputFiles files;
  private final Passwords passwords;

  CertificateInputs(CliEnvironment environment) {
    this.files = new InputFiles(environment.stdin());
    this.passwords = new Passwords(files, environment);
  }

  /** One source per file, each read fully, with its password and the role asked for. */
  List<CertificateSource> sources(
      List<String> names, PasswordOptions options, CertificateRole role) {
    return sources(names, List.of(), options, role);
  }

  /** The inputs: the plain files, then each pool member's copy with its member's name. */
  List<CertificateSource> sources(
      List<String> names,
      List<MemberOptions.Member> members,
      PasswordOptions options,
      CertificateRole role) {
    char[] given = passwords.given(options);
    try {
      List<CertificateSource> sources = new ArrayList<>();
      for (String name : names) {
        sources.add(source(name, null, given, role));
      }
      for (MemberOptions.Member member : members) {
        sources.add(source(member.file(), member.name(), given, role));
      }
      return sources;
    } finally {
      wipe(given);
    }
  }

  /** The password named by the options (null when none was given); the caller wipes it. */
  char[] givenPassword(PasswordOptions options) {
    return passwords.given(options);
  }

  /**
   * One file read fully, with its password (a copy of {@code given}, else asked for on the console
   * when it looks like PKCS#12: one question at a time when several threads read) and the role.
   */
  CertificateSource source(String name, char[] given, CertificateRole role) {
    return source(name, null, given, role);
  }

  private CertificateSource source(String name, String member, char[] given, CertificateRole role) {
    byte[] content = files.read(name, InputFiles.Kind.CERTIFICATE);
    char[] password;
    synchronized (passwords) {
      password = passwords.forInput(name, content, given);
    }
    return new CertificateSource(name, content, password, role, member);
  }

  /** The public roots bundle (null for the JDK's) and the private roots. */
  TrustSettings trust(String publicRoots, List<String> privateRoots) {
    return trust(publicRoots, privateRoots, List.of());
  }

  /** The roots as above, and the intermediates of the {@code --chain} files. */
  TrustSettings trust(String publicRoots, List<String> privateRoots, List<String> chain) {
    byte[] bundle =
        publicRoots == null
            ? null
            : files.read(publicRoots, InputFiles.Kind.CERTIFICATE, TrustOptions.PUBLIC);
    return new TrustSettings(
        bundle,
        privateRoots.stream()
            .map(name -> files.read(name, InputFiles.Kind.CERTIFICATE, TrustOptions.PRIVATE))
            .toList(),
        TrustOptions.PUBLIC + " " + publicRoots,
        privateRoots.stream().map(name -> TrustOptions.PRIVATE + " " + name).toList(),
        chain.stream()
            .map(name -> files.read(name, InputFiles.Kind.CERTIFICATE, ChainOptions.OPTION))
            .toList());
  }

  /** Overwrites the passwords of the sources once they are no longer needed. */
  static void wipe(List<CertificateSource> sources) {
    sources.forEach(source -> wipe(source.password()));
  }

  private static void wipe(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }
}
