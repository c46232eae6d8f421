package io.edgecert.domain.validation.rules;

import io.edgecert.domain.certificate.ChainFacts;
import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** Describing where a certificate's chain ends, for the CA and chain rules. */
final class Chains {

  /** Holds when the chain reached a root, public or private. */
  static final Precondition REACHES_ROOT =
      Precondition.when(
          c ->
              c.chainStatus() == ChainStatus.PUBLIC_ROOT
                  || c.chainStatus() == ChainStatus.PRIVATE_ROOT,
          "the chain reaches no root (see GEN-CHAIN-001)");

  private Chains() {}

  /** The certificate the chain ends at: the root, or the last one reached. */
  static String end(ValidationContext context) {
    List<String> path = context.evidence().chain().path();
    return path.isEmpty() ? "(unknown)" : path.get(path.size() - 1);
  }

  /** The chain's status and path for a finding's actual value. */
  static String describe(ValidationContext context) {
    ChainFacts chain = context.evidence().chain();
    String path = chain.path().isEmpty() ? "" : ": " + String.join(" -> ", chain.path());
    return chain.status().code() + path;
  }
}
