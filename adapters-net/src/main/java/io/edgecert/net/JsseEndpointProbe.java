package io.edgecert.net;

import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.ProbeSettings;
import io.edgecert.domain.probe.Endpoint;
import io.edgecert.domain.probe.Observation;
import io.edgecert.domain.probe.ProbeProtocol;
import io.edgecert.domain.probe.TlsVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.BufferUnderflowException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The network side of {@code edgecert probe}: one full handshake through JSSE (TLS 1.3 and 1.2, SNI
 * set, nothing trusted or rejected, the client certificate offered only when given), then one
 * {@link ClientHello} per TLS version 1.0 to 1.3 to learn which the server accepts (the four at
 * once, each on its own connection, once the handshake is done). XMPP endpoints negotiate STARTTLS
 * before each TLS exchange. Every connection is bounded by the connect timeout, the read timeout
 * and an overall {@link Deadline}.
 */
public final class JsseEndpointProbe implements EndpointProbe {

  /** Runs the version offers of each address at once (idle threads end). */
  private final ExecutorService offers = Executors.newCachedThreadPool(JsseEndpointProbe::daemon);

  @Override
  public Observation observe(Endpoint endpoint, String address, ProbeSettings settings) {
    if (endpoint.protocol() == ProbeProtocol.TCP) {
      return reachable(endpoint, address, settings);
    }
    ClientKeys keys = ClientKeys.of(settings.clientCertificate());
    Handshake handshake;
    try {
      handshake = new Handshake(endpoint, address, settings, keys).run();
    } catch (IOException e) {
      return Observation.unreachable(
          address, Connections.describe(e, endpoint, settings.connectTimeout()));
    }
    if (handshake.starttls() != null && !handshake.starttls().proceeded()) {
      return new Observation(
          address,
          true,
          List.of(),
          null,
          null,
          Set.of(),
          false,
          null,
          handshake.starttls(),
          handshake.starttls().problem());
    }
    // The handshake goes first, alone (a server that takes one connection at a time must not keep
    // it waiting behind the offers); then the four offers go at once: two rounds, not five.
    boolean wantChain = handshake.chain().isEmpty();
    List<Future<ServerFlight>> flights = new ArrayList<>();
    for (TlsVersion version : TlsVersion.values()) {
      flights.add(offers.submit(() -> offer(endpoint, address, settings, version, wantChain)));
    }
    return withVersions(address, settings, handshake, keys, flights);
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
        keyId(chain),
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
      Endpoint endpoint,
      String address,
      ProbeSettings settings,
      TlsVersion version,
      boolean wantChain) {
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
      return ServerFlight.read(socket.getInputStream(), wantChain);
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

  /** SHA-256 of the leaf's SubjectPublicKeyInfo, hex; null when there is no readable leaf. */
  static String keyId(List<byte[]> chain) {
    if (chain.isEmpty()) {
      return null;
    }
    try {
      byte[] spki =
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(chain.get(0)))
              .getPublicKey()
              .getEncoded();
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(spki));
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }
}
