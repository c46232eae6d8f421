package io.edgecert.rest;

import io.edgecert.application.port.in.CertificateSource;
import io.edgecert.domain.InputProblem;
import io.edgecert.domain.plan.CertificateRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code role} fields of a validation form, as the JSON body's per-certificate {@code role}:
 * one role applies to every certificate (as the CLI's --role), or one per certificate part, in form
 * order.
 */
final class FormRoles {

  private FormRoles() {}

  static List<CertificateSource> apply(
      List<FormParts.Part> parts,
      List<CertificateSource> certificates,
      List<InputProblem> problems) {
    List<String> roles =
        parts.stream()
            .filter(part -> part.name().equals(ValidationFormReader.ROLE))
            .map(part -> new String(part.content(), StandardCharsets.UTF_8).strip())
            .toList();
    if (roles.isEmpty() || certificates.isEmpty()) {
      return certificates;
    }
    if (roles.size() != 1 && roles.size() != certificates.size()) {
      problems.add(
          InputProblem.at(
              ValidationFormReader.ROLE,
              "give one role for every certificate, or one per certificate part in form order;"
                  + " found "
                  + roles.size()
                  + " roles for "
                  + certificates.size()
                  + " certificates"));
      return certificates;
    }
    List<CertificateSource> withRoles = new ArrayList<>();
    for (int i = 0; i < certificates.size(); i++) {
      String code = roles.get(roles.size() == 1 ? 0 : i);
      CertificateRole role = ValidationOptions.role(ValidationFormReader.ROLE, code, problems);
      if (role == null) {
        return certificates;
      }
      CertificateSource source = certificates.get(i);
      withRoles.add(
          new CertificateSource(source.name(), source.content(), source.password(), role));
    }
    return withRoles;
  }
}
