package io.edgecert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.edgecert.domain.rules.SourceRegister.Citation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceRegisterTest {
  private static final AtomicInteger FRESH = new AtomicInteger();

  @Test
  void everySourceKeyOfEveryRuleIsRegistered() {
    List<String> missing =
        Arrays.stream(RuleId.values())
            .flatMap(
                rule ->
                    SourceRegister.unregistered(rule.sources()).stream()
                        .map(key -> rule.id() + " cites " + key))
            .toList();
    assertThat(missing).as("source keys without an entry in sources.tsv").isEmpty();
    assertThat(SourceRegister.of(RuleId.GEN_KEY_001))
        .extracting(SourceReference::key)
        .containsExactly("S10", "P1");
  }

  @Test
  void everyEntryHasATitleAUrlAndADate() {
    assertThat(SourceRegister.all()).hasSizeGreaterThanOrEqualTo(34 + 6 + 6 + 5 + 2 + 1);
    for (SourceReference source : SourceRegister.all()) {
      assertThat(source.title()).as(source.key()).isNotBlank().doesNotContain("…");
      assertThat(source.url()).as(source.key()).matches("https?://\\S+");
      assertThat(source.date()).as(source.key()).matches("\\d{4}-\\d{2}(-\\d{2})?");
      assertThat(source.dateKind())
          .as(source.key())
          .isIn(Set.of("last-modified", "published", "retrieved"));
    }
  }

  @Test
  void readsRangesNotesAndPlainKeys() {
    assertThat(SourceRegister.citations("S10, S01–S06, P1 (-KeySize), App. Z"))
        .containsExactly(
            new Citation("S10", ""),
            new Citation("S01", ""),
            new Citation("S02", ""),
            new Citation("S03", ""),
            new Citation("S04", ""),
            new Citation("S05", ""),
            new Citation("S06", ""),
            new Citation("P1", "-KeySize"),
            new Citation("App. Z", ""));
    assertThat(SourceRegister.citations("P1–P5").stream().map(Citation::key))
        .containsExactly("P1", "P2", "P3", "P4", "P5");
    assertThat(SourceRegister.citations("P1 ex.7, S01 vs S02–S03"))
        .containsExactly(
            new Citation("P1", "ex.7"),
            new Citation("S01", ""),
            new Citation("S02", ""),
            new Citation("S03", ""));
    assertThat(SourceRegister.citations("—")).isEmpty();
  }

  @Test
  void resolvesTitleUrlAndDateOfAKey() {
    SourceReference s10 = SourceRegister.resolve("S10 (AMB-08)").get(0);
    assertThat(s10.title()).startsWith("Certificate infrastructure requirements for Lync Server");
    assertThat(s10.url())
        .isEqualTo(
            "https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/"
                + "lync-server-2013-certificate-infrastructure-requirements");
    assertThat(s10.date()).isEqualTo("2016-06-23");
    assertThat(s10.note()).isEqualTo("AMB-08");
    assertThat(s10.describe()).startsWith("S10 (AMB-08): Certificate infrastructure");
  }

  @Test
  void aSourceStringIsResolvedOnce_andTheSameListIsGivenAgain() {
    // a note no other test cites, fresh in each run in this JVM, so that this resolves uncached
    String sources = "S10 (fresh " + FRESH.incrementAndGet() + "), P1–P2";

    List<SourceReference> first = SourceRegister.resolve(sources);

    assertThat(first)
        .extracting(SourceReference::key, SourceReference::note)
        .containsExactly(tuple("S10", "fresh " + FRESH.get()), tuple("P1", ""), tuple("P2", ""));
    assertThat(first.get(0).date()).isEqualTo("2016-06-23");
    assertThat(SourceRegister.resolve(sources)).isSameAs(first);
  }

  @Test
  void aListOfSources_asARuleGivesThem_resolvesLikeTheJoinedString() {
    List<SourceReference> resolved =
        SourceRegister.resolve(List.of("S10", "P1 (list " + FRESH.incrementAndGet() + ")"));

    assertThat(resolved)
        .extracting(SourceReference::key, SourceReference::note)
        .containsExactly(tuple("S10", ""), tuple("P1", "list " + FRESH.get()));
    assertThat(SourceRegister.resolve(RuleId.GEN_KEY_001.sourceList()))
        .isEqualTo(SourceRegister.of(RuleId.GEN_KEY_001));
  }

  @Test
  void anUnregisteredKeyIsNamed() {
    assertThat(SourceRegister.unregistered("S10, X99, S98–S99"))
        .containsExactly("X99", "S98", "S99");
    assertThatThrownBy(() -> SourceRegister.resolve("X99"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("X99");
  }
}
