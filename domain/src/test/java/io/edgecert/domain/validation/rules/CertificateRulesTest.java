package io.edgecert.domain.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateRulesTest {

  static final List<RuleId> NAMED_IN_THE_BRIEF =
      List.of(
          RuleId.GEN_EKU_001,
          RuleId.GEN_CDP_001,
          RuleId.GEN_SIG_001,
          RuleId.GEN_SIG_002,
          RuleId.GEN_KEY_001,
          RuleId.GEN_KEY_002,
          RuleId.GEN_KEY_003,
          RuleId.EXT_CA_001,
          RuleId.EXT_SUBJECT_001,
          RuleId.EXT_SUBJECT_002,
          RuleId.EXT_SAN_001,
          RuleId.EXT_SAN_002,
          RuleId.EXT_SAN_003,
          RuleId.EXT_SAN_004,
          RuleId.EXT_SAN_005,
          RuleId.EXT_EKU_001,
          RuleId.EXT_EKU_002,
          RuleId.EXT_KEY_001,
          RuleId.EXT_KEY_002,
          RuleId.WILD_001,
          RuleId.WILD_002,
          RuleId.XMPP_001,
          RuleId.XMPP_009,
          RuleId.SIPDOM_006,
          RuleId.INT_SUBJECT_001,
          RuleId.INT_SUBJECT_002,
          RuleId.INT_EKU_001,
          RuleId.INT_CA_001,
          RuleId.GEN_VALID_001,
          RuleId.GEN_VALID_002,
          RuleId.GEN_VALID_003,
          RuleId.GEN_CHAIN_001,
          RuleId.EXT_SAN_008,
          RuleId.GEN_KEY_004,
          RuleId.GEN_KEY_005,
          RuleId.GEN_BC_001,
          RuleId.GEN_EXT_001,
          RuleId.GEN_KEY_007,
          RuleId.GEN_SERIAL_001,
          RuleId.EXT_EKU_004,
          RuleId.GEN_KU_001,
          RuleId.GEN_CDP_002,
          RuleId.GEN_KEY_006,
          RuleId.GEN_CSR_001,
          RuleId.FQDN_001,
          RuleId.FQDN_006,
          RuleId.INT_POOL_001);

  private static List<RuleId> ids() {
    return CertificateRules.ALL.stream().map(CertificateRule::id).toList();
  }

  @Test
  void everyRuleInTheList_hasADistinctRuleId() {
    assertThat(ids()).doesNotHaveDuplicates();
  }

  @Test
  void theList_coversEveryRuleTheValidatorMustCheck() {
    assertThat(ids()).containsExactlyInAnyOrderElementsOf(NAMED_IN_THE_BRIEF);
  }

  @Test
  void theList_followsTheCatalogueOrder() {
    assertThat(ids()).isSortedAccordingTo(java.util.Comparator.comparingInt(RuleId::ordinal));
  }

  static Stream<ContextBuilder> unusualInputs() {
    return Stream.of(
        ContextBuilder.external().request().leaf(l -> l.commonName(null).dnsNames().noEku()),
        ContextBuilder.internal().chain(ChainStatus.NOT_CHECKED),
        ContextBuilder.avAuthentication().request(),
        ContextBuilder.external().leaf(l -> l.publicKey("EC", 0, null, null)).matchingKey());
  }

  @ParameterizedTest
  @MethodSource("unusualInputs")
  void givenUnusualInput_everyRule_returnsOneFindingOfItsOwn(ContextBuilder builder) {
    var context = builder.build();
    for (CertificateRule rule : CertificateRules.ALL) {
      Finding finding = rule.evaluate(context);
      assertThat(finding.rule()).isEqualTo(rule.id());
      assertThat(finding.message()).isNotBlank();
    }
  }

  @Test
  void givenTheDocumentedExternalCertificate_everyRule_passesOrDoesNotApply() {
    var context = ContextBuilder.external().build();
    assertThat(CertificateRules.ALL)
        .allSatisfy(
            rule ->
                assertThat(rule.evaluate(context).status())
                    .as(rule.id().id())
                    .isIn(FindingStatus.PASS, FindingStatus.NOT_APPLICABLE));
  }
}
