package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** EXT-SAN-001: the CN also appears as a SAN dNSName, since TLS reads the SAN (S01-S08, S13). */
final class CommonNameInSan extends RequiredSanCheck {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_001;
  }

  @Override
  List<String> wanted(ValidationContext context) {
    return context.commonName().stream().toList();
  }

  @Override
  String what() {
    return "the subject CN";
  }

  @Override
  String nothingWanted() {
    return "the subject has no CN";
  }
}
