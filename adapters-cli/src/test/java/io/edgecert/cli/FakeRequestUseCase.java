package io.edgecert.cli;

import io.edgecert.application.port.in.CertificateRequest;
import io.edgecert.application.port.in.RequestCommand;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.KeyAlgorithm;
import java.util.List;

/** A request use case that remembers the command (and a copy of the passphrase) it was given. */
final class FakeRequestUseCase implements RequestUseCase {
  static final String CSR =
      "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----\n";
  static final String KEY =
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIF\n-----END ENCRYPTED PRIVATE KEY-----\n";
  RequestCommand command;
  String passphrase;
  RuntimeException failure;

  @Override
  public CertificateRequest request(RequestCommand command) {
    this.command = command;
    this.passphrase = command.passphrase() == null ? null : new String(command.passphrase());
    if (failure != null) {
      throw failure;
    }
    return new CertificateRequest(
        command.role(),
        "sip.contoso.com",
        List.of("sip.contoso.com", "webcon.contoso.com"),
        new KeySpec(KeyAlgorithm.RSA, 2048),
        CSR,
        KEY,
        command.encryptKey(),
        "Request-CsCertificate -New -Type AccessEdgeExternal",
        List.of("Submit the request to a public CA.", "Keep the key file."));
  }
}
