package io.edgecert.domain.validation.rules;

import static io.edgecert.domain.validation.FindingStatus.FAIL;
import static io.edgecert.domain.validation.FindingStatus.NOT_APPLICABLE;
import static io.edgecert.domain.validation.FindingStatus.PASS;
import static io.edgecert.domain.validation.testing.RuleAssertions.assertFinding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.FindingStatus;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Tag("SIPDOM-006")
class HybridSipDomainsInSanTest {

  static Stream<Arguments> rows() {
    return Stream.of(
        arguments(
            "online domain present",
            ContextBuilder.external()
                .topology(t -> t.onlineSipDomains("online.contoso.com"))
                .plan(p -> p.addExternalSans(RuleId.SIPDOM_006, "sip.online.contoso.com"))
                .leaf(
                    l ->
                        l.dnsNames(
                            "sip.contoso.com", "webcon.contoso.com", "sip.online.contoso.com")),
            PASS,
            "online-only"),
        arguments(
            "online domain missing",
            ContextBuilder.external()
                .topology(t -> t.onlineSipDomains("online.contoso.com"))
                .plan(p -> p.addExternalSans(RuleId.SIPDOM_006, "sip.online.contoso.com")),
            FAIL,
            "missing sip.online.contoso.com"),
        arguments(
            "onmicrosoft.com excluded",
            ContextBuilder.external().topology(t -> t.onlineSipDomains("contoso.onmicrosoft.com")),
            NOT_APPLICABLE,
            "no online-only SIP domain"),
        arguments("no hybrid domains", ContextBuilder.external(), NOT_APPLICABLE, "no online-only"),
        arguments(
            "internal certificate",
            ContextBuilder.internal().topology(t -> t.onlineSipDomains("online.contoso.com")),
            NOT_APPLICABLE,
            "external certificate"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void givenOnlineOnlySipDomains_evaluate_requiresTheirSipNames(
      String row, ContextBuilder context, FindingStatus status, String message) {
    assertFinding(new HybridSipDomainsInSan(), context, status, message);
  }
}
