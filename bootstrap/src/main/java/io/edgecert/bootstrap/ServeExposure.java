package io.edgecert.bootstrap;

import io.edgecert.application.port.in.InputFile;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.InputFiles;
import io.edgecert.cli.InputFiles.Kind;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.rest.Exposure;
import io.edgecert.rest.RestSettings;
import io.edgecert.x509.bundle.ServingIdentityReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the {@link ExposureOptions} of {@code serve} into the server's {@link Exposure}: the TLS
 * identity read and checked by the x509 adapter, the tokens of the token file, metrics and the
 * access log; and refuses combinations that make no sense or expose the API to anyone.
 */
final class ServeExposure {
  private final InputFiles files;
  private final CliEnvironment environment;
  private final Clock clock;
  private final ServingIdentityReader identities;

  ServeExposure(CliEnvironment environment, Clock clock, ServingIdentityReader identities) {
    this.files = new InputFiles(environment.stdin());
    this.environment = environment;
    this.clock = clock;
    this.identities = identities;
  }

  /** What is wrong with the options for these settings, for a usage error; empty when fine. */
  List<String> usageErrors(ExposureOptions options, RestSettings settings) {
    List<String> errors = new ArrayList<>();
    boolean password = options.passwordFile != null || options.passwordVariable != null;
    if (options.tlsCert == null && (options.tlsKey != null || password)) {
      errors.add("--tls-key and the --tls-password options need --tls-cert");
    }
    if (options.passwordFile != null && options.passwordVariable != null) {
      errors.add("give the TLS password by --tls-password-file or --tls-password-env, not both");
    }
    if (options.noAuth && options.tokenFile != null) {
      errors.add("--no-auth contradicts --token-file; give one of them");
    }
    if (!options.noAuth && options.tokenFile == null && !isLoopback(settings.bind())) {
      errors.add(
          "refusing to listen on "
              + settings.address()
              + " without a token: anyone who reaches it could use the API; give --token-file"
              + " FILE, or --no-auth to allow it explicitly");
    }
    return errors;
  }

  /** Warnings worth a line on stderr at start. */
  List<String> warnings(ExposureOptions options, RestSettings settings) {
    if (options.tokenFile != null && options.tlsCert == null && !isLoopback(settings.bind())) {
      return List.of(
          "edgecert: warning: bearer tokens travel in clear text over plain HTTP; serve HTTPS"
              + " with --tls-cert unless a TLS proxy stands in front");
    }
    return List.of();
  }

  Exposure of(ExposureOptions options, PrintWriter err) {
    Exposure exposure = Exposure.plain();
    if (options.tlsCert != null) {
      exposure = exposure.withTls(() -> identity(options));
    }
    if (options.tokenFile != null) {
      exposure =
          exposure.withTokens(
              () -> TokenFile.read(options.tokenFile, files.read(options.tokenFile, Kind.SECRET)));
    }
    if (options.metrics) {
      exposure = exposure.withMetrics();
    }
    if (options.accessLog) {
      exposure = exposure.withAccessLog(err::println);
    }
    return exposure;
  }

  private KeyStore.PrivateKeyEntry identity(ExposureOptions options) {
    char[] password = password(options);
    try {
      InputFile certificate =
          new InputFile(options.tlsCert, files.read(options.tlsCert, Kind.CERTIFICATE));
      if (options.tlsKey == null) {
        return identities.readPkcs12(certificate, password, clock.instant());
      }
      InputFile key = new InputFile(options.tlsKey, files.read(options.tlsKey, Kind.CERTIFICATE));
      return identities.readPem(certificate, key, password, clock.instant());
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  private char[] password(ExposureOptions options) {
    if (options.passwordFile != null) {
      return files.secret(options.passwordFile, "--tls-password-file");
    }
    if (options.passwordVariable != null) {
      String value = environment.variable(options.passwordVariable);
      if (value == null) {
        throw new InvalidInputException(
            "edgecert",
            InvalidInputException.Kind.INVALID,
            "environment variable " + options.passwordVariable + " is not set");
      }
      return value.toCharArray();
    }
    return null;
  }

  /** True for loopback addresses; an unresolvable name is left to the bind to report. */
  static boolean isLoopback(String bind) {
    try {
      return InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return true;
    }
  }
}
