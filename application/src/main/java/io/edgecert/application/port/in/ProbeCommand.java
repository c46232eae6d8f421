package io.edgecert.application.port.in;

import io.edgecert.domain.probe.ProbeTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Input of {@link ProbeUseCase}: the topology; targets that move a derived endpoint to another port
 * or add one; the DNS server (null: the system resolvers); the timeouts; how many addresses are
 * probed at once; the client certificate for MTLS (null: none); whether to probe the internal
 * interface too; the instant to judge at (null: now); the expiry warning window; which roots count;
 * who hears the progress; and which hosts may be reached (null: any).
 */
public record ProbeCommand(
    TopologySource topology,
    List<ProbeTarget> targets,
    DnsServer dnsServer,
    Duration connectTimeout,
    Duration handshakeTimeout,
    int concurrency,
    ClientCertificate clientCertificate,
    boolean internal,
    Instant at,
    int expiryWarningDays,
    TrustSettings trust,
    ProbeProgress progress,
    ProbeScope scope) {

  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
  public static final int DEFAULT_CONCURRENCY = 32;

  public ProbeCommand {
    Objects.requireNonNull(topology, "topology");
    targets = List.copyOf(targets);
    connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
    handshakeTimeout = handshakeTimeout == null ? DEFAULT_HANDSHAKE_TIMEOUT : handshakeTimeout;
    if (connectTimeout.isNegative()
        || connectTimeout.isZero()
        || handshakeTimeout.isNegative()
        || handshakeTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    InputValues.days(ValidateCommand.EXPIRY_WARNING_DAYS, expiryWarningDays);
    trust = trust == null ? TrustSettings.defaults() : trust;
    progress = progress == null ? ProbeProgress.NONE : progress;
    scope = scope == null ? ProbeScope.ANY : scope;
  }
}
