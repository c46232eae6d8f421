package io.edgecert.net;

import io.edgecert.application.port.in.ClientCertificate;
import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.TlsVersion;
import java.io.IOException;
import java.net.Socket;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.net.ssl.X509KeyManager;

/**
 * The network side of {@code edgecert probe}: one full handshake through JSSE (TLS 1.3 and 1.2, SNI
 * set, nothing trusted or rejected, the client certificate offered only when given) and, beside it,
 * one {@link ClientHello} per TLS version 1.0 to 1.3 to learn which the server accepts: the
 * handshake connects first, then the four offers go out at once, each on its own connection, while
 * it runs, so one address costs one round trip to the server, not two. XMPP endpoints negotiate
 * STARTTLS before each TLS exchange. Every connection is bounded by the connect timeout, the read
 * timeout and an overall {@link Deadline}.
 */
public final class JsseEndpointProbe implements EndpointProbe {

  /** Runs the version offers of each address at once (idle threads end). */
  private final ExecutorService offers = Executors.newCachedThreadPool(JsseEndpointProbe::daemon);

  /**
   * The --client-cert of each run, decrypted once for all its addresses; weak keys (a record whose
   * arrays compare by identity), so an entry goes with the run's command.
   */
  private final Map<ClientCertificate, Optional<X509KeyManager>> clientKeys =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public Observation observe(Endpoint endpoint, String address, ProbeSettings settings) {
    if (endpoint.protocol() == ProbeProtocol.TCP) {
      return reachable(endpoint, address, settings);
    }
    ClientKeys keys = new ClientKeys(clientKeys(settings.clientCertificate()));
    Handshake handshake = new Handshake(endpoint, address, settings, keys);
    try {
      handshake.connect();
    } catch (IOException e) {
      return Observation.unreachable(
          address, Connections.describe(e, endpoint, settings.connectTimeout()));
    }
    List<Future<ServerFlight>> flights = new ArrayList<>();
    for (TlsVersion version : TlsVersion.values()) {
      flights.add(offers.submit(() -> offer(endpoint, address, settings, version)));
    }
    handshake.run();
    if (handshake.starttls() != null && !handshake.starttls().proceeded()) {
      flights.forEach(JsseEndpointProbe::flight);
      return new Observation(
          address,
          true,
          List.of(),
          null,
          null,
          Set.of(),
          false,
          handshake.starttls(),
          handshake.starttls().problem());
    }
    return withVersions(address, settings, handshake, keys, flights);
  }

  private X509KeyManager clientKeys(ClientCertificate certificate) {
    if (certificate == null) {
      return null;
    }
    return clientKeys
        .computeIfAbsent(certificate, c -> Optional.ofNullable(ClientKeys.load(c)))
        .orElse(null);
  }

  private Observation withVersions(
      String address,
      ProbeSettings settings,
      Handshake handshake,
      ClientKeys keys,
      List<Future<ServerFlight>> flights) {
    Set<TlsVersion> accepted = EnumSet.noneOf(TlsVersion.class);
    List<byte[]> chain = handshake.chain();
    String cipher = handshake.cipherSuite();
    for (int i = 0; i < flights.size(); i++) {
      TlsVersion version = TlsVersion.values()[i];
      ServerFlight flight = flight(flights.get(i));
      if (flight.version() == version) {
        accepted.add(version);
        if (chain.isEmpty() && !flight.chain().isEmpty()) {
          chain = flight.chain();
          cipher = CipherSuites.name(flight.cipherSuite());
        }
      }
    }
    if (handshake.negotiated() != null) {
      accepted.add(handshake.negotiated());
    }
    String problem = handshake.problem();
    if (problem != null && keys.requested() && settings.clientCertificate() == null) {
      problem =
          problem + " (the server asks for a client certificate; give one with --client-cert)";
    }
    return new Observation(
        address,
        true,
        chain,
        handshake.negotiated(),
        cipher,
        accepted,
        keys.requested(),
        handshake.starttls(),
        problem);
  }

  /** The answer to one offer; every offer is bounded by its own deadline, so this returns. */
  private static ServerFlight flight(Future<ServerFlight> flight) {
    try {
      return flight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ServerFlight(null, -1, List.of(), "interrupted");
    } catch (ExecutionException e) {
      return new ServerFlight(null, -1, List.of(), String.valueOf(e.getCause()));
    }
  }

  private static ServerFlight offer(
      Endpoint endpoint, String address, ProbeSettings settings, TlsVersion version) {
    try (Socket socket =
            Connections.open(
                address, endpoint.port(), settings.connectTimeout(), settings.handshakeTimeout());
        Deadline deadline = Deadline.of(socket, settings.handshakeTimeout())) {
      if (endpoint.protocol() == ProbeProtocol.XMPP
          && !XmppStartTls.negotiate(socket, endpoint.xmppDomain()).proceeded()) {
        return new ServerFlight(null, -1, List.of(), "STARTTLS failed");
      }
      socket
          .getOutputStream()
          .write(ClientHello.record(version, Handshake.sniName(endpoint.host())));
      socket.getOutputStream().flush();
      return ServerFlight.read(socket.getInputStream());
    } catch (IOException | BufferUnderflowException | IndexOutOfBoundsException e) {
      return new ServerFlight(null, -1, List.of(), e.getMessage());
    }
  }

  private static Observation reachable(Endpoint endpoint, String address, ProbeSettings settings) {
    try (Socket socket =
        Connections.open(
            address, endpoint.port(), settings.connectTimeout(), settings.handshakeTimeout())) {
      return Observation.reached(address);
    } catch (IOException e) {
      return Observation.unreachable(
          address, Connections.describe(e, endpoint, settings.connectTimeout()));
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "edgecert-probe-offer");
    thread.setDaemon(true);
    return thread;
  }
}
