package io.edgecert.bootstrap;

import picocli.CommandLine.Option;

/**
 * The options of {@code serve} for running it as a service: TLS, bearer tokens, metrics and the
 * access log. Passwords come from a file or an environment variable, never the command line.
 */
public final class ExposureOptions {

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description =
          "Serve HTTPS (TLS 1.2+) with this certificate: PEM (the server's certificate, then its"
              + " chain) with --tls-key, or a PKCS#12 file (.p12/.pfx) with its password."
              + " Checked at start; read again on SIGHUP.")
  String tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "FILE",
      description = "The PEM private key of --tls-cert.")
  String tlsKey;

  @Option(
      names = "--tls-password-file",
      paramLabel = "FILE",
      description =
          "Read the PKCS#12 password (or the PEM key's passphrase) from the first line"
              + " of FILE.")
  String passwordFile;

  @Option(
      names = "--tls-password-env",
      paramLabel = "VAR",
      description =
          "Read the PKCS#12 password (or the PEM key's passphrase) from the environment"
              + " variable VAR.")
  String passwordVariable;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Require 'Authorization: Bearer <token>' on /v1/* and /metrics; FILE holds the accepted"
              + " tokens, one a line (blank lines and # comments ignored). Read again on SIGHUP.")
  String tokenFile;

  @Option(
      names = "--no-auth",
      description =
          "Allow a non-loopback --bind without --token-file (anyone who reaches it may"
              + " use it).")
  boolean noAuth;

  @Option(
      names = "--metrics",
      description =
          "Serve GET /metrics in the Prometheus text format (behind the token when there"
              + " is one).")
  boolean metrics;

  @Option(
      names = "--access-log",
      description =
          "Write one JSON line per request to stderr: time, client, method, route,"
              + " status, duration, bytes.")
  boolean accessLog;
}
