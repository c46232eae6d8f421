package io.edgecert.rest;

import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;

/** Makes REST servers over the driving ports, once the address and limits are known. */
public final class RestServerFactory {
  private final PlanUseCase plans;
  private final ValidateUseCase validations;
  private final RulesUseCase rules;
  private final ExportUseCase export;
  private final ProbeUseCase probes;
  private final PlanRenderer markdown;

  /**
   * A factory whose servers also answer plans as Markdown and can probe, within what {@code serve
   * --allow-probes} allows.
   */
  public RestServerFactory(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      PlanRenderer markdown,
      ProbeUseCase probes) {
    this.plans = plans;
    this.validations = validations;
    this.rules = rules;
    this.export = export;
    this.markdown = markdown;
    this.probes = probes;
  }

  /**
   * A server for {@code settings} exposed as {@code exposure} says that probes only what {@code
   * allowed} names, not yet started.
   *
   * @throws RuntimeException what the TLS identity or token source throws
   */
  public RestServer create(RestSettings settings, Exposure exposure, ProbeAllowList allowed) {
    ProbeAccess access = probes == null ? null : new ProbeAccess(probes, allowed);
    return new RestServer(plans, validations, rules, export, settings, exposure, markdown, access);
  }
}
