package io.edgecert.application.port.in;

import io.edgecert.domain.rules.RuleId;
import java.util.List;

/** Driving port: the rule catalogue, in reference order, or the rules matching an id. */
public interface RulesUseCase {

  /**
   * The rules whose id matches {@code id} exactly or as a prefix ({@code EXT-SAN} finds every
   * EXT-SAN rule), the rules a contradiction of the sources touches for its id ({@code AMB-04});
   * every rule when {@code id} is null or blank.
   */
  List<RuleId> rules(String id);
}
