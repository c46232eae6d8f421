package io.edgecert.bootstrap;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGHUP runs a reload (the TLS identity and tokens of {@code serve}), as daemons do. Where the
 * signal does not exist (Windows) or the JVM keeps it ({@code -Xrs}), nothing is installed.
 */
final class ReloadSignal implements AutoCloseable {
  private static final String HUP = "HUP";
  private final SignalHandler previous;

  private ReloadSignal(SignalHandler previous) {
    this.previous = previous;
  }

  /** Runs {@code reload} on every SIGHUP until closed. */
  static ReloadSignal install(Runnable reload) {
    try {
      return new ReloadSignal(Signal.handle(new Signal(HUP), signal -> reload.run()));
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      return new ReloadSignal(null);
    }
  }

  /** Puts back the handler that was there before. */
  @Override
  public void close() {
    if (previous != null) {
      Signal.handle(new Signal(HUP), previous);
    }
  }
}
