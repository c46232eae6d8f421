package io.edgecert.domain.probe;

import io.edgecert.domain.Coded;
import io.edgecert.domain.InvalidInputException;
import io.edgecert.domain.topology.Fqdn;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An endpoint named by the user as {@code HOST[:PORT][/PROTOCOL]}: the port defaults to the
 * protocol's usual one (tls 443, xmpp 5269, tcp 443), the protocol to xmpp on 5269 and tls
 * elsewhere.
 *
 * @param host as {@link Fqdn#normalize} gives it (lower case, without a trailing dot); a string,
 *     not an {@link Fqdn}, since a probe may name an IPv4 address or a single label that {@link
 *     Fqdn#of} refuses
 * @param port 0 when not given
 * @param protocol null when not given
 */
public record ProbeTarget(String host, int port, ProbeProtocol protocol) {
  private static final Pattern SYNTAX =
      Pattern.compile("([A-Za-z0-9*][A-Za-z0-9.*-]*?\\.?)(?::(\\d{1,5}))?(?:/([A-Za-z]+))?");

  /**
   * Reads {@code HOST[:PORT][/PROTOCOL]}.
   *
   * @param source what to name in a message, e.g. {@code --target}
   * @throws InvalidInputException naming the value and the expected form
   */
  public static ProbeTarget parse(String source, String text) {
    Matcher m = SYNTAX.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw invalid(
          source, "'" + text + "' is not HOST[:PORT][/PROTOCOL], e.g. sip.contoso.com:5061/tls");
    }
    int port = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (m.group(2) != null && (port < 1 || port > 65535)) {
      throw invalid(source, "port " + m.group(2) + " of '" + text + "' is not between 1 and 65535");
    }
    ProbeProtocol protocol = null;
    if (m.group(3) != null) {
      protocol =
          Coded.parse(ProbeProtocol.class, m.group(3))
              .orElseThrow(
                  () ->
                      invalid(
                          source,
                          "protocol '"
                              + m.group(3)
                              + "' of '"
                              + text
                              + "' is not one of "
                              + Coded.choices(ProbeProtocol.class)));
    }
    return new ProbeTarget(Fqdn.normalize(m.group(1)), port, protocol);
  }

  /** The protocol given, or xmpp on 5269 and tls elsewhere. */
  public ProbeProtocol effectiveProtocol() {
    return Optional.ofNullable(protocol)
        .orElse(port == 5269 ? ProbeProtocol.XMPP : ProbeProtocol.TLS);
  }

  /** The port given, or the protocol's usual one. */
  public int effectivePort() {
    if (port != 0) {
      return port;
    }
    return effectiveProtocol() == ProbeProtocol.XMPP ? 5269 : 443;
  }

  private static InvalidInputException invalid(String source, String message) {
    return new InvalidInputException(source, InvalidInputException.Kind.INVALID, message);
  }
}
