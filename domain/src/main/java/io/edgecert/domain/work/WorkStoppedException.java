package io.edgecert.domain.work;

import java.time.Duration;

/**
 * The work for a request was stopped before it finished: its time budget ran out, or its client
 * went away. Not the input's fault as such: the same input may pass on a less busy server.
 */
public final class WorkStoppedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the work stopped. */
  public enum Reason {
    TIME_BUDGET,
    CLIENT_GONE
  }

  private final Reason reason;
  private final transient Duration limit;

  public WorkStoppedException(Reason reason, Duration limit) {
    super(
        reason == Reason.CLIENT_GONE
            ? "the client went away; the work for its request was stopped"
            : "the request needed more than its time budget of "
                + (limit == null ? "?" : limit.toMillis() + " ms")
                + "; the work was stopped");
    this.reason = reason;
    this.limit = limit;
  }

  public Reason reason() {
    return reason;
  }

  /** The time budget that ran out (null when there was none). */
  public Duration limit() {
    return limit;
  }
}
