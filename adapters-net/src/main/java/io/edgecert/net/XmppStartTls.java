package io.edgecert.net;

import io.edgecert.domain.probe.Observation.StartTls;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * XMPP server-to-server STARTTLS (RFC 6120 section 5.4): opens a stream to the domain, reads the
 * stream features, asks for TLS when {@code <starttls/>} is offered and waits for {@code
 * <proceed/>}. It reads at most {@value #MAX_BYTES} bytes per step and never parses XML with a
 * parser: the tags it needs are found in the text, and a DOCTYPE (which RFC 6120 section 11.1
 * forbids and which could carry entity definitions) ends the exchange.
 */
final class XmppStartTls {
  static final int MAX_BYTES = 65_536;
  private static final String TLS_NS = "urn:ietf:params:xml:ns:xmpp-tls";
  private static final Pattern STARTTLS =
      Pattern.compile("<(?:\\w+:)?starttls\\b[^>]*" + Pattern.quote(TLS_NS));
  private static final Pattern FEATURES_END =
      Pattern.compile("</(?:stream:)?features\\s*>|<(?:stream:)?features\\b[^>]*/>");
  private static final Pattern PROCEED = Pattern.compile("<(?:\\w+:)?proceed\\b");
  private static final Pattern FAILURE = Pattern.compile("<(?:\\w+:)?failure\\b");

  private XmppStartTls() {}

  /** Negotiates STARTTLS on {@code socket}; when it proceeded, the socket is ready for TLS. */
  static StartTls negotiate(Socket socket, String domain) throws IOException {
    OutputStream out = socket.getOutputStream();
    InputStream in = socket.getInputStream();
    out.write(header(domain).getBytes(StandardCharsets.UTF_8));
    out.flush();
    Read features = readUntil(in, FEATURES_END);
    if (features.problem != null) {
      return new StartTls(false, false, features.problem);
    }
    if (!features.text.contains("<stream:stream") && !features.text.contains(":stream")) {
      return new StartTls(false, false, "the peer did not open an XMPP stream");
    }
    if (!STARTTLS.matcher(features.text).find()) {
      return new StartTls(false, false, "no <starttls/> in the stream features");
    }
    out.write(("<starttls xmlns='" + TLS_NS + "'/>").getBytes(StandardCharsets.UTF_8));
    out.flush();
    Read answer = readUntil(in, Pattern.compile(PROCEED.pattern() + "|" + FAILURE.pattern()));
    if (answer.problem != null) {
      return new StartTls(true, false, answer.problem);
    }
    if (FAILURE.matcher(answer.text).find()) {
      return new StartTls(true, false, "the peer answered <failure/> to <starttls/>");
    }
    return new StartTls(true, true, null);
  }

  static String header(String domain) {
    return "<?xml version='1.0'?><stream:stream xmlns='jabber:server'"
        + " xmlns:stream='http://etherx.jabber.org/streams' to='"
        + escape(domain)
        + "' version='1.0'>";
  }

  /** Reads until {@code end} appears, a byte limit, a DOCTYPE, a stream error or the end. */
  private static Read readUntil(InputStream in, Pattern end) throws IOException {
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    int total = 0;
    while (total < MAX_BYTES) {
      int n = in.read(buffer, 0, Math.min(buffer.length, MAX_BYTES - total));
      if (n < 0) {
        return new Read(text.toString(), "the peer closed the stream" + seen(text));
      }
      total += n;
      text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
      String upper = text.toString().toUpperCase(Locale.ROOT);
      if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
        return new Read(
            text.toString(), "the peer sent a DOCTYPE or entity declaration, which XMPP forbids");
      }
      if (text.indexOf("<stream:error") >= 0) {
        return new Read(text.toString(), "the peer sent a stream error" + seen(text));
      }
      if (end.matcher(text).find()) {
        return new Read(text.toString(), null);
      }
    }
    return new Read(text.toString(), "the peer sent " + MAX_BYTES + " bytes without finishing");
  }

  private static String seen(CharSequence text) {
    String printable = text.toString().replaceAll("[^\\x20-\\x7e]", "?");
    if (printable.isEmpty()) {
      return "";
    }
    return ": " + (printable.length() > 80 ? printable.substring(0, 80) + "..." : printable);
  }

  private static String escape(String value) {
    return value.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;");
  }

  private record Read(String text, String problem) {}
}
