package io.edgecert.application.port.in;

import io.edgecert.domain.plan.CertificateRole;
import java.util.Objects;

/**
 * Input of {@link RequestUseCase}: the topology, the planned certificate to request, the key choice
 * (defaults: the topology's), extra subject fields, and the passphrase that encrypts the private
 * key (null: the key is written unencrypted). The caller owns and clears the passphrase.
 */
public record RequestCommand(
    TopologySource topology,
    CertificateRole role,
    KeyChoice key,
    SubjectFields subjectFields,
    char[] passphrase) {

  public RequestCommand {
    Objects.requireNonNull(topology, "topology");
    Objects.requireNonNull(role, "role");
    key = key == null ? KeyChoice.fromTopology() : key;
    subjectFields = subjectFields == null ? SubjectFields.none() : subjectFields;
  }

  public boolean encryptKey() {
    return passphrase != null;
  }

  @Override
  public String toString() {
    return "RequestCommand["
        + topology.name()
        + ", "
        + role.code()
        + ", "
        + key
        + ", "
        + subjectFields
        + ", encryptKey="
        + encryptKey()
        + "]";
  }
}
