package io.edgecert.application.port.in;

import io.edgecert.domain.InvalidInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The DNS server to ask instead of the system resolvers: a host name or address and a port. */
public record DnsServer(String host, int port) {
  private static final Pattern SYNTAX =
      Pattern.compile(
          "\\[([0-9A-Fa-f:.]+)]|([0-9A-Fa-f:]*:[0-9A-Fa-f:]*)|([^:\\s]+)(?::(\\d{1,5}))?");
  private static final Pattern BRACKETED_WITH_PORT =
      Pattern.compile("\\[([0-9A-Fa-f:.]+)]:(\\d{1,5})");

  /**
   * Reads {@code HOST[:PORT]} ({@code [IPv6]:PORT} for an IPv6 address with a port); port 53 when
   * none is given.
   *
   * @throws InvalidInputException naming {@code source} and the expected form
   */
  public static DnsServer parse(String source, String text) {
    String value = text == null ? "" : text.trim();
    Matcher bracketed = BRACKETED_WITH_PORT.matcher(value);
    if (bracketed.matches()) {
      return of(source, text, bracketed.group(1), bracketed.group(2));
    }
    Matcher m = SYNTAX.matcher(value);
    if (!m.matches()) {
      throw new InvalidInputException(
          source,
          InvalidInputException.Kind.INVALID,
          "'" + text + "' is not HOST[:PORT], e.g. 192.0.2.53:53");
    }
    if (m.group(1) != null) {
      return new DnsServer(m.group(1), 53);
    }
    if (m.group(2) != null) {
      return new DnsServer(m.group(2), 53);
    }
    return of(source, text, m.group(3), m.group(4));
  }

  private static DnsServer of(String source, String text, String host, String port) {
    int number = port == null ? 53 : Integer.parseInt(port);
    if (number < 1 || number > 65535) {
      throw new InvalidInputException(
          source,
          InvalidInputException.Kind.INVALID,
          "port of '" + text + "' is not between 1 and 65535");
    }
    return new DnsServer(host, number);
  }
}
