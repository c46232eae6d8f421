package io.edgecert.domain.validation.rules;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.Precondition;
import io.edgecert.domain.validation.ValidationContext;
import java.util.List;

/** EXT-SAN-001: the CN also appears as a SAN dNSName, since TLS reads the SAN (S01-S08, S13). */
final class CommonNameInSan implements CertificateRule {

  @Override
  public RuleId id() {
    return RuleId.EXT_SAN_001;
  }

  @Override
  public List<Precondition> preconditions() {
    return List.of(Preconditions.EXTERNAL_NAMES, Preconditions.HAS_COMMON_NAME);
  }

  @Override
  public Finding check(ValidationContext context) {
    List<String> commonName = context.commonName().stream().toList();
    return SanPresence.requireAll(id(), context, commonName, "the subject CN");
  }
}
