package io.edgecert.domain.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Host name comparison for the validator (FQDN-005): case-insensitive and without a trailing dot,
 * with SAN lists compared as sets (EXT-SAN-006). The one place names are normalised.
 */
public final class HostNames {

  private HostNames() {}

  /** The name in lower case, trimmed, without a trailing dot. */
  public static String normalize(String name) {
    String trimmed = name.trim().toLowerCase(Locale.ROOT);
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  /** The normalised names, in their first order, without repeats. */
  public static Set<String> set(Collection<String> names) {
    Set<String> normalized = new LinkedHashSet<>();
    names.forEach(name -> normalized.add(normalize(name)));
    return Collections.unmodifiableSet(normalized);
  }

  /** Whether two names denote the same host; false when either is null. */
  public static boolean same(String left, String right) {
    return left != null && right != null && normalize(left).equals(normalize(right));
  }

  /** Whether the name has a wildcard label, such as {@code *.contoso.com}. */
  public static boolean isWildcard(String name) {
    return name != null && name.contains("*");
  }

  /** The names of {@code wanted} that {@code present} lacks, in the order of {@code wanted}. */
  public static Set<String> missing(Collection<String> wanted, Collection<String> present) {
    Set<String> missing = new LinkedHashSet<>(set(wanted));
    missing.removeAll(set(present));
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
}
