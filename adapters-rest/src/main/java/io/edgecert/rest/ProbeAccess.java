package io.edgecert.rest;

import io.edgecert.application.port.in.ProbeUseCase;
import java.util.Objects;

/** The probe use case and what its callers may reach ({@code serve --allow-probes}). */
public record ProbeAccess(ProbeUseCase probes, ProbeAllowList allowed) {

  public ProbeAccess {
    Objects.requireNonNull(probes, "probes");
    Objects.requireNonNull(allowed, "allowed");
  }
}
