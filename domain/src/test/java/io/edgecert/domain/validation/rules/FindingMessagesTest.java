package io.edgecert.domain.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.certificate.ChainStatus;
import io.edgecert.domain.certificate.KeyProvider;
import io.edgecert.domain.certificate.PublicKeyFacts;
import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.plan.ExtendedKeyUsage;
import io.edgecert.domain.topology.Product;
import io.edgecert.domain.topology.XmppSanStyle;
import io.edgecert.domain.validation.CertificateRule;
import io.edgecert.domain.validation.Finding;
import io.edgecert.domain.validation.ValidationContext;
import io.edgecert.domain.validation.testing.ContextBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message, expected and actual value of every rule, over inputs that make each rule pass,
 * fail and not apply: no Java {@code toString()} of a wrapper, object or enum reaches a user.
 */
class FindingMessagesTest {

  /** {@code Optional[...]}, {@code Optional.empty}, {@code Foo@1a2b3c}, {@code [a, b]} lists. */
  private static final Pattern JAVA_TO_STRING =
      Pattern.compile(
          "Optional\\[|Optional\\.empty|OptionalInt|\\w@[0-9a-f]{4,}|^\\[.*]$|\\bnull\\b");

  /** Enum constant names where a label or code is meant, e.g. PUBLIC_ROOT or SFB_2019. */
  private static final List<String> ENUM_NAMES =
      Stream.of(
              Arrays.stream(ChainStatus.values()).map(Enum::name),
              Arrays.stream(CertificateRole.values()).map(Enum::name),
              Arrays.stream(KeyProvider.values()).map(Enum::name),
              Arrays.stream(Product.values()).map(Enum::name),
              Arrays.stream(ExtendedKeyUsage.values()).map(Enum::name),
              Arrays.stream(XmppSanStyle.values()).map(Enum::name))
          .flatMap(s -> s)
          .filter(name -> name.contains("_") || name.length() > 4)
          .toList();

  static List<ContextBuilder> inputs() {
    List<ContextBuilder> inputs = new ArrayList<>();
    for (ContextBuilder base :
        List.of(
            ContextBuilder.external(),
            ContextBuilder.internal(),
            ContextBuilder.avAuthentication())) {
      inputs.add(base);
    }
    inputs.add(
        ContextBuilder.external()
            .leaf(l -> l.publicKey("EC", 256, PublicKeyFacts.SECP256R1, "secp256r1"))
            .matchingKey());
    inputs.add(
        ContextBuilder.external()
            .leaf(
                l ->
                    l.publicKey("EC", 256, "1.3.132.0.10", "secp256k1").keyUsages("keyAgreement")));
    inputs.add(
        ContextBuilder.external()
            .leaf(
                l ->
                    l.commonName("*.contoso.com").dnsNames("*.contoso.com", "web_con.contoso.com."))
            .chain(ChainStatus.INCOMPLETE)
            .topology(
                t -> t.pool().xmpp(XmppSanStyle.DOMAIN, "contoso.com").product(Product.SFB_2019))
            .key(false, KeyProvider.CNG, "Microsoft Software Key Storage Provider"));
    inputs.add(
        ContextBuilder.internal()
            .request()
            .requestSignatureValid(false)
            .leaf(l -> l.rsa(1024).noEku().crlDistributionPoints()));
    inputs.add(
        ContextBuilder.internal()
            .chain(ChainStatus.SELF_SIGNED)
            .leaf(l -> l.certificateAuthority().rsa(3072).keyUsages("keyCertSign")));
    inputs.add(
        ContextBuilder.external()
            .plan(p -> p.clientAuth())
            .leaf(
                l ->
                    l.eku(ExtendedKeyUsage.CLIENT_AUTH.oid())
                        .crlDistributionPoints("ldap:///CN=CA")));
    return inputs;
  }

  @Test
  void everyRuleOverEveryInput_writesNoJavaToStringForAUser() {
    List<String> offending = new ArrayList<>();
    for (ContextBuilder builder : inputs()) {
      ValidationContext context = builder.build();
      for (CertificateRule rule : CertificateRules.ALL) {
        Finding finding = rule.evaluate(context);
        for (String text : Arrays.asList(finding.message(), finding.expected(), finding.actual())) {
          if (text != null && leaksJava(text)) {
            offending.add(rule.id() + ": " + text);
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  @Test
  void theCheck_catchesTheLeaksItLooksFor() {
    assertThat(leaksJava("an EC key on Optional[P-256 (ECDH_P256)]")).isTrue();
    assertThat(leaksJava("the chain ends at PUBLIC_ROOT")).isTrue();
    assertThat(leaksJava("io.edgecert.X@1b2c3d4")).isTrue();
    assertThat(leaksJava("the issuer null is missing")).isTrue();
    assertThat(leaksJava("an EC key (P-256 (ECDH_P256)) can only live in a CNG/KSP provider"))
        .isFalse();
  }

  private static boolean leaksJava(String text) {
    return JAVA_TO_STRING.matcher(text).find() || ENUM_NAMES.stream().anyMatch(text::contains);
  }
}
