package io.edgecert.domain.plan.rules;

import static io.edgecert.domain.topology.TopologyBuilder.contoso;
import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.Drafts;
import io.edgecert.domain.plan.Drafts.Built;
import io.edgecert.domain.plan.KeySpec;
import io.edgecert.domain.topology.KeyAlgorithm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("GEN-KEY-003")
class KeyAlgorithmRuleTest {
  private final KeyAlgorithmRule rule = new KeyAlgorithmRule();

  @Test
  void givenTheDefaults_plan_requestsRsa2048() {
    Built built = Drafts.apply(contoso().build(), rule);
    assertThat(built.certificates())
        .allMatch(c -> c.key().equals(new KeySpec(KeyAlgorithm.RSA, 2048)));
    assertThat(built.external().requestCommand())
        .contains("-KeySize 2048")
        .doesNotContain("-KeyAlg");
  }

  @Test
  void givenAnEllipticCurve_plan_requestsItByItsPowerShellName() {
    Built built = Drafts.apply(contoso().key(KeyAlgorithm.ECDH_P384, 0).build(), rule);
    assertThat(built.external().key()).isEqualTo(new KeySpec(KeyAlgorithm.ECDH_P384, 384));
    assertThat(built.external().requestCommand())
        .contains("-KeyAlg ECDH_P384")
        .doesNotContain("-KeySize");
  }
}
