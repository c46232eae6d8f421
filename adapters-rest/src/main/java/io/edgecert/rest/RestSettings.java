package io.edgecert.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the HTTP API listens and how large a request body may be: the address to bind (loopback by
 * default), the port (0 picks a free one), the body limit in bytes, the web origins allowed to call
 * the API from a browser (CORS; none by default), and the time budget of one request (after which
 * its work stops and it is answered 503 with Retry-After; see ADR 0043), and the idle timeout of
 * its connections (by default the budget plus {@link #IDLE_MARGIN}; a request body that stops
 * arriving for that long is answered 408).
 */
public record RestSettings(
    String bind,
    int port,
    long maxBodyBytes,
    List<String> corsOrigins,
    Duration requestBudget,
    Duration idleTimeout) {

  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
  public static final long MAX_BODY_LIMIT = 1024L * 1024 * 1024;
  public static final Duration DEFAULT_REQUEST_BUDGET = Duration.ofSeconds(30);
  public static final Duration MAX_REQUEST_BUDGET = Duration.ofHours(1);

  /**
   * How much longer than the time budget a connection may stay silent before the server closes it
   * (Jetty's idle timeout is the budget plus this), so that a request working close to its budget
   * is answered by the budget (503) and never cut by the idle timeout.
   */
  public static final Duration IDLE_MARGIN = Duration.ofSeconds(10);

  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(b|k|kb|kib|m|mb|mib)?");

  public RestSettings {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
    }
    if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_LIMIT) {
      throw new IllegalArgumentException(
          "the body limit must be between 1 byte and 1 GiB, got " + maxBodyBytes);
    }
    corsOrigins = corsOrigins.stream().map(RestSettings::origin).distinct().toList();
    Objects.requireNonNull(requestBudget, "requestBudget");
    if (requestBudget.toMillis() < 1 || requestBudget.compareTo(MAX_REQUEST_BUDGET) > 0) {
      throw new IllegalArgumentException(
          "the time budget of a request must be between 1 ms and 1 h, got "
              + requestBudget.toMillis()
              + " ms");
    }
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.toMillis() < 1) {
      throw new IllegalArgumentException(
          "the idle timeout must be at least 1 ms, got " + idleTimeout.toMillis() + " ms");
    }
  }

  /**
   * The idle timeout that goes with {@code requestBudget}: the budget plus {@link #IDLE_MARGIN}.
   */
  public RestSettings(
      String bind, int port, long maxBodyBytes, List<String> corsOrigins, Duration requestBudget) {
    this(
        bind,
        port,
        maxBodyBytes,
        corsOrigins,
        requestBudget,
        Objects.requireNonNull(requestBudget, "requestBudget").plus(IDLE_MARGIN));
  }

  /** No cross-origin caller allowed, the default time budget. */
  public RestSettings(String bind, int port, long maxBodyBytes) {
    this(bind, port, maxBodyBytes, List.of(), DEFAULT_REQUEST_BUDGET);
  }

  /** The same settings allowing browser pages served from {@code origins} to call the API. */
  public RestSettings withCorsOrigins(List<String> origins) {
    return new RestSettings(bind, port, maxBodyBytes, origins, requestBudget, idleTimeout);
  }

  /** The same settings with another time budget per request (and the idle timeout that fits it). */
  public RestSettings withRequestBudget(Duration budget) {
    return new RestSettings(bind, port, maxBodyBytes, corsOrigins, budget);
  }

  /**
   * The same settings with another idle timeout: how long a connection may stay silent (no byte of
   * a request body, or nothing after an answer) before the server answers 408 and closes it. For
   * tests, which shorten it to see that answer without waiting.
   */
  RestSettings withIdleTimeout(Duration timeout) {
    return new RestSettings(bind, port, maxBodyBytes, corsOrigins, requestBudget, timeout);
  }

  /**
   * An origin as a browser sends it: {@code https://tools.contoso.com} or {@code
   * http://127.0.0.1:3000}, scheme and host in lower case, no path, no trailing slash.
   *
   * @throws IllegalArgumentException naming what was expected
   */
  static String origin(String text) {
    String expected = "expected an origin such as https://tools.contoso.com, got '" + text + "'";
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(expected, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    boolean bare =
        (uri.getRawPath() == null || uri.getRawPath().isEmpty() || uri.getRawPath().equals("/"))
            && uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && uri.getRawUserInfo() == null;
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !bare) {
      throw new IllegalArgumentException(expected);
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
  }

  /** {@code host:port}, with an IPv6 address in brackets. */
  public String address() {
    return address(port);
  }

  /** {@code host:port} for the port actually bound (which differs when {@link #port()} is 0). */
  public String address(int boundPort) {
    return (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + boundPort;
  }

  /** Loopback, port 8080, 5 MiB. */
  public static RestSettings defaults() {
    return new RestSettings(DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * Reads a size such as {@code 5242880}, {@code 512KiB} or {@code 5MiB} (k and m count 1024).
   *
   * @throws IllegalArgumentException naming what was expected
   */
  public static long parseByteSize(String text) {
    Matcher matcher = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "expected a size such as 5242880, 512KiB or 5MiB, got '" + text + "'");
    }
    long number = Long.parseLong(matcher.group(1));
    String unit = matcher.group(2) == null ? "b" : matcher.group(2);
    return number * (unit.startsWith("m") ? 1024L * 1024 : unit.startsWith("k") ? 1024L : 1L);
  }
}
