package io.edgecert.rest;

import java.security.KeyStore;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * How the API is exposed beyond plain HTTP: the TLS identity (key and chain, read again on every
 * reload), the bearer tokens (likewise), whether {@code GET /metrics} is served, and where the
 * access log lines go. A null source or sink means that part is off.
 */
public record Exposure(
    Supplier<KeyStore.PrivateKeyEntry> tls,
    Supplier<List<String>> tokens,
    boolean metrics,
    Consumer<String> accessLog) {

  /** Plain HTTP, no token, no metrics, no access log. */
  public static Exposure plain() {
    return new Exposure(null, null, false, null);
  }

  public Exposure withTls(Supplier<KeyStore.PrivateKeyEntry> identity) {
    return new Exposure(identity, tokens, metrics, accessLog);
  }

  public Exposure withTokens(Supplier<List<String>> source) {
    return new Exposure(tls, source, metrics, accessLog);
  }

  public Exposure withMetrics() {
    return new Exposure(tls, tokens, true, accessLog);
  }

  public Exposure withAccessLog(Consumer<String> sink) {
    return new Exposure(tls, tokens, metrics, sink);
  }
}
