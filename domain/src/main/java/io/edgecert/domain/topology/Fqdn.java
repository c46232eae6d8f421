package io.edgecert.domain.topology;

import java.net.IDN;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fully qualified domain name of the topology: a host name (the Edge's FQDNs, its servers) or a
 * domain (SIP, XMPP and online-only SIP domains, which share the syntax). Valid by construction
 * (FQDN-001 to FQDN-003): two or more labels of A-Z, a-z, 0-9 and hyphen, no trailing dot, an
 * internationalized name only as its A-labels ({@code xn--...}). Two FQDNs are equal when they name
 * the same host (FQDN-005: without case); {@link #toString()} is the name as the admin wrote it,
 * which every message and plan shows, {@link #normalized()} the form in which names are compared.
 *
 * <p>This class is also the one place where names are normalised (lower case, trimmed, without a
 * trailing dot) and compared: the static methods do it for names read from certificates and DNS,
 * which need not be valid FQDNs (wildcards, trailing dots), with SAN lists compared as sets
 * (EXT-SAN-006).
 */
public final class Fqdn {
  private static final int MAX_LENGTH = 253;
  private static final int MAX_LABEL_LENGTH = 63;

  private final String written;
  private final String normalized;

  private Fqdn(String written) {
    this.written = written;
    this.normalized = normalize(written);
  }

  /**
   * The FQDN {@code name} names; {@link IllegalArgumentException} with {@link #problem}'s message
   * when it is none (input becomes a topology only through {@link TopologyValidator#check}, which
   * reports the problem with its field instead).
   */
  public static Fqdn of(String name) {
    Optional<String> problem = problem(name);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return new Fqdn(name);
  }

  /** The FQDNs of {@code names}, in their order ({@link #of} for each). */
  public static List<Fqdn> of(List<String> names) {
    return names.stream().map(Fqdn::of).toList();
  }

  /** Lower case: the form in which this name is compared and planned. */
  public String normalized() {
    return normalized;
  }

  /** Whether this name is {@code domain} or a name below it. */
  public boolean isAtOrBelow(Fqdn domain) {
    return isAtOrBelow(normalized, domain.normalized);
  }

  /** The name as written (FQDN-005 compares without case, messages keep the admin's spelling). */
  @Override
  public String toString() {
    return written;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fqdn fqdn && normalized.equals(fqdn.normalized);
  }

  @Override
  public int hashCode() {
    return normalized.hashCode();
  }

  /** Lower case, trimmed, without a trailing dot: the form in which names are compared. */
  public static String normalize(String name) {
    return withoutTrailingDot(name.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * {@code name} without one trailing dot (the DNS root), otherwise as written: case and spaces
   * kept. For a name that is sent (TLS SNI) or checked character by character (FQDN-001 on
   * certificate names), where {@link #normalize}'s lower case would change what is sent or judged.
   */
  public static String withoutTrailingDot(String name) {
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  /** Whether two names denote the same host (FQDN-005); false when either is null. */
  public static boolean same(String left, String right) {
    return left != null && right != null && normalize(left).equals(normalize(right));
  }

  /** Whether {@code name} is {@code domain} or a name below it. */
  public static boolean isAtOrBelow(String name, String domain) {
    String host = normalize(name);
    String parent = normalize(domain);
    return host.equals(parent) || host.endsWith("." + parent);
  }

  /** Whether the name has a wildcard label, such as {@code *.contoso.com}. */
  public static boolean isWildcard(String name) {
    return name != null && name.contains("*");
  }

  /** The normalised names, in their first order, without repeats. */
  public static Set<String> normalizedSet(Collection<String> names) {
    Set<String> normalized = new LinkedHashSet<>();
    names.forEach(name -> normalized.add(normalize(name)));
    return Collections.unmodifiableSet(normalized);
  }

  /** The names of {@code wanted} that {@code present} lacks, in the order of {@code wanted}. */
  public static Set<String> missing(Collection<String> wanted, Collection<String> present) {
    Set<String> missing = new LinkedHashSet<>(normalizedSet(wanted));
    missing.removeAll(normalizedSet(present));
    return Collections.unmodifiableSet(missing);
  }

  /**
   * Normalised {@code names} as {@code written} spells them (FQDN-005 compares names without case,
   * messages keep the spelling of the certificate); a name {@code written} lacks stays as it is.
   */
  public static List<String> asWritten(Collection<String> names, Collection<String> written) {
    Map<String, String> spelling = new HashMap<>();
    for (String name : written) {
      if (name != null) {
        spelling.putIfAbsent(normalize(name), name.trim());
      }
    }
    return names.stream().map(name -> spelling.getOrDefault(name, name)).toList();
  }

  /** The names joined for a message: {@code a, b}; {@code (none)} when empty. */
  public static String join(Collection<String> names) {
    return names.isEmpty() ? "(none)" : String.join(", ", names);
  }

  /**
   * Why {@code name} is not a valid FQDN, or empty when it is one. Checked character by character
   * (no regular expressions: every topology name of every request passes here).
   */
  public static Optional<String> problem(String name) {
    if (name.isBlank()) {
      return Optional.of("must not be empty; expected an FQDN such as sip.contoso.com");
    }
    if (hasWhiteSpace(name)) {
      return invalid(name, "contains white space");
    }
    if (!isAscii(name)) {
      return invalid(name, "contains non-ASCII characters" + aLabelHint(name) + " (FQDN-003)");
    }
    if (name.endsWith(".")) {
      return invalid(name, "ends with a dot; write it without the trailing dot");
    }
    if (name.length() > MAX_LENGTH) {
      return invalid(name, "is longer than 253 characters");
    }
    if (name.indexOf('.') < 0) {
      return invalid(
          name, "is a single label; Topology Builder needs full FQDNs, not short names (FQDN-002)");
    }
    int start = 0;
    while (true) {
      int dot = name.indexOf('.', start);
      int end = dot < 0 ? name.length() : dot;
      Optional<String> problem = labelProblem(name, name.substring(start, end));
      if (problem.isPresent()) {
        return problem;
      }
      if (dot < 0) {
        return isDigits(name, start, end)
            ? invalid(name, "looks like an IP address; expected a host name")
            : Optional.empty();
      }
      start = dot + 1;
    }
  }

  private static Optional<String> labelProblem(String name, String label) {
    if (label.isEmpty()) {
      return invalid(name, "has an empty label");
    }
    if (!isLettersDigitsHyphens(label)) {
      return notLettersDigitsHyphens(name, label);
    }
    if (label.regionMatches(true, 0, "xn--", 0, 4) && !isALabel(label)) {
      return invalid(
          name, "label \"" + label + "\" starts with xn-- but is not a valid A-label (FQDN-003)");
    }
    if (label.charAt(0) == '-'
        || label.charAt(label.length() - 1) == '-'
        || label.length() > MAX_LABEL_LENGTH) {
      return hyphenOrLength(name, label);
    }
    return Optional.empty();
  }

  /** The problem of a label with a character other than A-Z, a-z, 0-9 and hyphen. */
  static Optional<String> notLettersDigitsHyphens(String name, String label) {
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

  /** The problem of a label that starts or ends with a hyphen or is too long. */
  static Optional<String> hyphenOrLength(String name, String label) {
    return invalid(
        name,
        "label \""
            + label
            + "\" must not start or end with a hyphen and must be at most 63 characters");
  }

  /** Whether a character is white space (as {@link Character#isWhitespace(char)} says). */
  private static boolean hasWhiteSpace(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (Character.isWhitespace(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** A-Z, a-z, 0-9 and hyphen only (the label is not empty). */
  private static boolean isLettersDigitsHyphens(String label) {
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c >= '0' && c <= '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** Whether the characters from {@code start} to {@code end} (not empty) are all 0-9. */
  private static boolean isDigits(String name, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** "; write it as its A-label xn--..." when the name converts (RFC 3490), else nothing. */
  static String aLabelHint(String name) {
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
  static boolean isALabel(String label) {
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
