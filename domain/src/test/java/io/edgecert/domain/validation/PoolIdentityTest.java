package io.edgecert.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.plan.CertificateRole;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.topology.Topology;
import io.edgecert.domain.validation.testing.ContextBuilder;
import io.edgecert.domain.validation.testing.FactsBuilder;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** EXT-POOL-001 and INT-POOL-001 over members' copies, AV-002's shared key included. */
@Tag("EXT-POOL-001")
@Tag("INT-POOL-001")
@Tag("AV-002")
class PoolIdentityTest {
  private static final String EDGE1 = "edge1.contoso.net";
  private static final String EDGE2 = "edge2.contoso.net";
  private static final String EDGE3 = "edge3.contoso.net";
  private static final String KEY_A = "A".repeat(64);
  private static final String KEY_B = "B".repeat(64);
  private static final String THUMB_A = "1".repeat(40);
  private static final String THUMB_B = "2".repeat(40);

  private static ContextBuilder pool(ContextBuilder builder, Consumer<FactsBuilder> leaf) {
    return builder.topology(t -> t.pool(EDGE1, EDGE2)).leaf(leaf);
  }

  private static PoolCopy copy(String member, ContextBuilder builder) {
    ValidationContext context = builder.build();
    return new PoolCopy(context.role(), member, context.evidence());
  }

  private static Topology topology(ContextBuilder builder) {
    return builder.build().topology();
  }

  private static Consumer<FactsBuilder> identity(String thumbprint, String key, String serial) {
    return l -> l.identity(thumbprint, key, serial);
  }

  @Test
  void givenTwoMembersWithTheSameCertificate_of_passesExtPool001() {
    ContextBuilder same = pool(ContextBuilder.external(), identity(THUMB_A, KEY_A, "01"));

    List<PoolRole> section =
        PoolIdentity.of(topology(same), List.of(copy(EDGE1, same), copy(EDGE2, same)));

    assertThat(section)
        .singleElement()
        .satisfies(
            role -> {
              assertThat(role.role()).isEqualTo(CertificateRole.EXTERNAL);
              assertThat(role.copies())
                  .extracting(MemberCopy::member)
                  .containsExactly(EDGE1, EDGE2);
              assertThat(role.missingMembers()).isEmpty();
              assertThat(role.finding().rule()).isEqualTo(RuleId.EXT_POOL_001);
              assertThat(role.finding().status()).isEqualTo(FindingStatus.PASS);
            });
  }

  @Test
  void givenSameNamesButAnotherKey_of_failsNamingTheMembersAndWhatDiffers() {
    ContextBuilder one = pool(ContextBuilder.external(), identity(THUMB_A, KEY_A, "01"));
    ContextBuilder two = pool(ContextBuilder.external(), identity(THUMB_B, KEY_B, "02"));

    PoolRole role =
        PoolIdentity.of(topology(one), List.of(copy(EDGE1, one), copy(EDGE2, two))).get(0);

    assertThat(role.finding().status()).isEqualTo(FindingStatus.FAIL);
    assertThat(role.finding().breaksVerdict()).isTrue();
    assertThat(role.finding().message())
        .contains(EDGE1 + " has " + THUMB_A, EDGE2 + " has " + THUMB_B)
        .contains("they differ in thumbprint, public key, serial number")
        .contains("AV-002")
        .doesNotContain("issuer")
        .doesNotContain("not-after");
  }

  @Test
  void givenInternalCopiesWithAnotherExpiry_of_failsIntPool001() {
    ContextBuilder one = pool(ContextBuilder.internal(), identity(THUMB_A, KEY_A, "01"));
    ContextBuilder two =
        pool(
            ContextBuilder.internal(),
            l ->
                l.identity(THUMB_B, KEY_A, "01")
                    .validity(FactsBuilder.NOT_BEFORE, Instant.parse("2026-06-01T00:00:00Z")));

    PoolRole role =
        PoolIdentity.of(topology(one), List.of(copy(EDGE1, one), copy(EDGE2, two))).get(0);

    assertThat(role.finding().rule()).isEqualTo(RuleId.INT_POOL_001);
    assertThat(role.finding().status()).isEqualTo(FindingStatus.FAIL);
    assertThat(role.finding().message())
        .contains("thumbprint, not-after date")
        .doesNotContain("AV-002");
  }

  @Test
  void givenCopiesWithoutMemberNames_of_namesThemByFileAndStillCompares() {
    ContextBuilder one = pool(ContextBuilder.external(), identity(THUMB_A, KEY_A, "01"));
    ContextBuilder two = pool(ContextBuilder.external(), identity(THUMB_B, KEY_A, "01"));

    PoolRole role =
        PoolIdentity.of(topology(one), List.of(copy(null, one), copy(null, two))).get(0);

    assertThat(role.copies()).extracting(MemberCopy::member).containsOnly("edge.pem");
    assertThat(role.missingMembers()).containsExactly(EDGE1, EDGE2);
    assertThat(role.finding().status()).isEqualTo(FindingStatus.FAIL);
    assertThat(role.finding().message()).contains("no copy was given for " + EDGE1);
  }

  @Test
  void givenOneNamedCopy_of_listsItAndSaysWhoIsMissing() {
    ContextBuilder one = ContextBuilder.external().topology(t -> t.pool(EDGE1, EDGE2, EDGE3));

    PoolRole role = PoolIdentity.of(topology(one), List.of(copy(EDGE2, one))).get(0);

    assertThat(role.finding().status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    assertThat(role.missingMembers()).containsExactly(EDGE1, EDGE3);
    assertThat(role.finding().message()).contains("no copy was given for " + EDGE1 + ", " + EDGE3);
  }

  @Test
  void givenSingleEdgeOrOneUnnamedCopyOrRequests_of_hasNoPoolSection() {
    ContextBuilder single = ContextBuilder.external();
    ContextBuilder pooled = ContextBuilder.external().topology(t -> t.pool(EDGE1, EDGE2));
    ContextBuilder request = ContextBuilder.external().topology(t -> t.pool(EDGE1)).request();

    assertThat(PoolIdentity.of(topology(single), List.of(copy(null, single), copy(null, single))))
        .isEmpty();
    assertThat(PoolIdentity.of(topology(pooled), List.of(copy(null, pooled)))).isEmpty();
    assertThat(PoolIdentity.of(topology(request), List.of(copy(EDGE1, request)))).isEmpty();
  }

  @Test
  void givenAFailedPoolSection_report_failsTheVerdict() {
    ContextBuilder one = pool(ContextBuilder.external(), identity(THUMB_A, KEY_A, "01"));
    ContextBuilder two = pool(ContextBuilder.external(), identity(THUMB_B, KEY_B, "01"));
    List<PoolRole> section =
        PoolIdentity.of(topology(one), List.of(copy(EDGE1, one), copy(EDGE2, two)));

    ValidationReport report = new ValidationReport(ContextBuilder.AT, List.of(), section);

    assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(report.allFindings()).hasSize(1);
    assertThat(new ValidationReport(ContextBuilder.AT, List.of()).verdict())
        .isEqualTo(Verdict.PASS);
  }
}
