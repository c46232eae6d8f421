package io.edgecert.domain.topology;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FQDN syntax for names that can end up in a certificate (FQDN-001 to FQDN-003, FQDN-005): two or
 * more labels of A-Z, a-z, 0-9 and hyphen, compared case-insensitively without a trailing dot. An
 * internationalized name is accepted as its A-labels ({@code xn--...}, which are letters, digits
 * and hyphens) and refused in Unicode with the A-label to write instead (FQDN-003).
 */
public final class Fqdn {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern LETTERS_DIGITS_HYPHEN = Pattern.compile("[A-Za-z0-9-]+");
  private static final Pattern NUMERIC = Pattern.compile("[0-9]+");
  private static final int MAX_LENGTH = 253;

  private Fqdn() {}

  /** Lower case, without a trailing dot: the form in which names are compared. */
  public static String normalize(String name) {
    String lower = name.trim().toLowerCase(Locale.ROOT);
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }

  /** True when both name the same host (FQDN-005). */
  public static boolean same(String left, String right) {
    return normalize(left).equals(normalize(right));
  }

  /** True when {@code name} is {@code domain} or a name below it. */
  public static boolean isAtOrBelow(String name, String domain) {
    String host = normalize(name);
    String parent = normalize(domain);
    return host.equals(parent) || host.endsWith("." + parent);
  }

  /** Why {@code name} is not a valid FQDN, or empty when it is one. */
  public static Optional<String> problem(String name) {
    if (name.isBlank()) {
      return Optional.of("must not be empty; expected an FQDN such as sip.contoso.com");
    }
    if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isWhitespace)) {
      return invalid(name, "contains white space");
    }
    if (name.chars().anyMatch(c -> c > 127)) {
      return invalid(name, "contains non-ASCII characters" + aLabelHint(name) + " (FQDN-003)");
    }
    if (name.endsWith(".")) {
      return invalid(name, "ends with a dot; write it without the trailing dot");
    }
    if (name.length() > MAX_LENGTH) {
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
      String bad =
          label
              .chars()
              .filter(c -> !Character.isLetterOrDigit(c) && c != '-')
              .limit(1)
              .mapToObj(c -> String.valueOf((char) c))
              .findFirst()
              .orElse("?");
      return invalid(
          name,
          "label \""
              + label
              + "\" contains \""
              + bad
              + "\"; only letters, digits and hyphens are allowed (FQDN-001)");
    }
    if (label.toLowerCase(Locale.ROOT).startsWith("xn--") && !isALabel(label)) {
      return invalid(
          name, "label \"" + label + "\" starts with xn-- but is not a valid A-label (FQDN-003)");
    }
    if (!LABEL.matcher(label).matches()) {
      return invalid(
          name,
          "label \""
              + label
              + "\" must not start or end with a hyphen and must be at most 63 characters");
    }
    return Optional.empty();
  }

  /** "; write it as its A-label xn--..." when the name converts (RFC 3490), else nothing. */
  private static String aLabelHint(String name) {
    try {
      String ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES);
      return "; an internationalized name goes in a certificate as its A-label: write \""
          + ascii
          + "\"";
    } catch (IllegalArgumentException notConvertible) {
      return "; internationalized names are only accepted as A-labels (xn--...)";
    }
  }

  /** An xn-- label that decodes (RFC 3492) and encodes back to itself: LDH, hence accepted. */
  private static boolean isALabel(String label) {
    try {
      String unicode = IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES);
      return !unicode.equalsIgnoreCase(label)
          && IDN.toASCII(unicode, IDN.USE_STD3_ASCII_RULES).equalsIgnoreCase(label);
    } catch (IllegalArgumentException invalid) {
      return false;
    }
  }

  private static Optional<String> invalid(String name, String why) {
    return Optional.of("\"" + name + "\" is not a valid FQDN (" + why + ")");
  }
}
