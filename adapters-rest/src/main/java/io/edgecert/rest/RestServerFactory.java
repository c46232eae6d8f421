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

  public RestServerFactory(
      PlanUseCase plans, ValidateUseCase validations, RulesUseCase rules, ExportUseCase export) {
    this.plans = plans;
    this.validations = validations;
    this.rules = rules;
    this.export = export;
    this.probes = null;
  }

  /** A factory whose servers can also probe, within what {@code serve --allow-probes} allows. */
  public RestServerFactory(
      PlanUseCase plans,
      ValidateUseCase validations,
      RulesUseCase rules,
      ExportUseCase export,
      ProbeUseCase probes) {
    this.plans = plans;
    this.validations = validations;
    this.rules = rules;
    this.export = export;
    this.probes = probes;
  }

  /** A server for {@code settings} that probes only what {@code allowed} names, not yet started. */
  public RestServer create(RestSettings settings, ProbeAllowList allowed) {
    ProbeAccess access = probes == null ? null : new ProbeAccess(probes, allowed);
    return new RestServer(plans, validations, rules, export, settings, access);
  }

  /** A server for {@code settings}, not yet started. */
  public RestServer create(RestSettings settings) {
    return new RestServer(plans, validations, rules, export, settings);
  }
}
