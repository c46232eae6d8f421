package io.edgecert.domain.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Fqdn#problem} checks names character by character; it used to do it with regular
 * expressions. The regex version is kept here, verbatim, and both must give the same answer (valid,
 * or the same message) for every name of a large generated set: valid names, near misses at every
 * boundary (63-character labels, 253-character names, hyphens at either end, digits only, xn--),
 * and strings of the characters that matter (dots, hyphens, white space, non-ASCII, underscores).
 * The IDN checks and the wording of the messages, which use no regular expression, are Fqdn's own.
 */
class FqdnRegexEquivalenceTest {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern LETTERS_DIGITS_HYPHEN = Pattern.compile("[A-Za-z0-9-]+");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+");
  private static final String ALPHABET =
      "abcxnzABCXNZ0129--..... \t\u00a0\u2003_*/:;\u00fc\u00e9\u4f8b\u0000\u007f\u0080";
  private static final String[] PIECES = {
    "xn--",
    "XN--",
    "xn--mller-kva",
    "xn--p1ai",
    "xn--zz",
    "sip",
    "contoso",
    "com",
    "-",
    ".",
    "..",
    "1",
    "255",
    "a".repeat(62),
    "b".repeat(63),
    "c".repeat(64),
    "d".repeat(120),
    " ",
    "\u00fc"
  };

  @Test
  void givenGeneratedNames_problem_answersAsTheRegularExpressionsDid() {
    Random random = new Random(20261202L);
    List<String> names = new ArrayList<>(List.of("", " ", ".", "a.b", "1.2.3.4", "a.1b", "a.b1"));
    for (int i = 0; i < 40_000; i++) {
      names.add(randomCharacters(random));
      names.add(randomPieces(random));
    }
    int valid = 0;
    for (String name : names) {
      Optional<String> expected = regexProblem(name);
      assertThat(Fqdn.problem(name)).as("problem of \"%s\"", name).isEqualTo(expected);
      valid += expected.isEmpty() ? 1 : 0;
    }
    // the generated set holds both kinds, in numbers
    assertThat(valid).isGreaterThan(3_000);
    assertThat(names.size() - valid).isGreaterThan(30_000);
  }

  private static String randomCharacters(Random random) {
    StringBuilder name = new StringBuilder();
    int length = random.nextInt(20);
    for (int i = 0; i < length; i++) {
      name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return name.toString();
  }

  private static String randomPieces(Random random) {
    StringBuilder name = new StringBuilder();
    int labels = 1 + random.nextInt(5);
    for (int i = 0; i < labels; i++) {
      if (i > 0) {
        name.append(random.nextInt(30) == 0 ? "" : ".");
      }
      int pieces = 1 + random.nextInt(random.nextInt(8) == 0 ? 3 : 1);
      for (int p = 0; p < pieces; p++) {
        name.append(
            random.nextInt(3) == 0 ? PIECES[random.nextInt(PIECES.length)] : randomLabel(random));
      }
    }
    return name.toString();
  }

  private static String randomLabel(Random random) {
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-";
    StringBuilder label = new StringBuilder();
    int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 70 : 8);
    for (int i = 0; i < length; i++) {
      label.append(letters.charAt(random.nextInt(random.nextInt(4) == 0 ? 10 : letters.length())));
    }
    return label.toString();
  }

  // The regular-expression version of Fqdn.problem, as it was before the character checks.

  private static Optional<String> regexProblem(String name) {
    if (name.isBlank()) {
      return Optional.of("must not be empty; expected an FQDN such as sip.contoso.com");
    }
    if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isWhitespace)) {
      return invalid(name, "contains white space");
    }
    if (name.chars().anyMatch(c -> c > 127)) {
      return invalid(name, "contains non-ASCII characters" + Fqdn.aLabelHint(name) + " (FQDN-003)");
    }
    if (name.endsWith(".")) {
      return invalid(name, "ends with a dot; write it without the trailing dot");
    }
    if (name.length() > 253) {
      return invalid(name, "is longer than 253 characters");
    }
    String[] labels = name.split("\\.", -1);
    if (labels.length < 2) {
      return invalid(
          name, "is a single label; Topology Builder needs full FQDNs, not short names (FQDN-002)");
    }
    for (String label : labels) {
      Optional<String> problem = labelProblem(name, label);
      if (problem.isPresent()) {
        return problem;
      }
    }
    if (NUMERIC.matcher(labels[labels.length - 1]).matches()) {
      return invalid(name, "looks like an IP address; expected a host name");
    }
    return Optional.empty();
  }

  private static Optional<String> labelProblem(String name, String label) {
    if (label.isEmpty()) {
      return invalid(name, "has an empty label");
    }
    if (!LETTERS_DIGITS_HYPHEN.matcher(label).matches()) {
      return Fqdn.notLettersDigitsHyphens(name, label);
    }
    if (label.toLowerCase(Locale.ROOT).startsWith("xn--") && !Fqdn.isALabel(label)) {
      return invalid(
          name, "label \"" + label + "\" starts with xn-- but is not a valid A-label (FQDN-003)");
    }
    if (!LABEL.matcher(label).matches()) {
      return Fqdn.hyphenOrLength(name, label);
    }
    return Optional.empty();
  }

  private static Optional<String> invalid(String name, String why) {
    return Optional.of("\"" + name + "\" is not a valid FQDN (" + why + ")");
  }
}
