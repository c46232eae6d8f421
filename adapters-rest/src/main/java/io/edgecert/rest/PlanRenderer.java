package io.edgecert.rest;

import io.edgecert.domain.plan.CertificatePlan;

/** Renders a plan as a document (Markdown), supplied by the wiring so every front end agrees. */
@FunctionalInterface
public interface PlanRenderer {
  String render(CertificatePlan plan);
}
