package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import java.util.Objects;

/** The driving ports the HTTP API calls. */
record UseCases(
    PlanUseCase plans, ValidateUseCase validations, RulesUseCase rules, ExportUseCase export) {

  UseCases {
    Objects.requireNonNull(plans, "plans");
    Objects.requireNonNull(validations, "validations");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(export, "export");
  }
}
