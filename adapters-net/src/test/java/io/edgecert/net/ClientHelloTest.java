package io.edgecert.net;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgecert.domain.probe.TlsVersion;
import io.edgecert.net.testing.ServerChains;
import io.edgecert.net.testing.TlsServer;
import io.edgecert.net.testing.TlsServer.Options;
import io.edgecert.x509.testing.IssuedCertificate;
import io.edgecert.x509.testing.LeafSpec;
import io.edgecert.x509.testing.TestPki;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one-version offers, byte by byte and against a real TLS 1.3 server on loopback. */
class ClientHelloTest {
  /** The ServerHello.random of a HelloRetryRequest: SHA-256 of "HelloRetryRequest" (RFC 8446). */
  private static final byte[] HELLO_RETRY_REQUEST =
      HexFormat.of().parseHex("cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c");

  private static final TestPki PKI = TestPki.create();
  private static final IssuedCertificate LEAF =
      PKI.leaf(LeafSpec.cn("sip.contoso.test").dns("sip.contoso.test"));
  private TlsServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void tls13Offer_carriesAnEmptyKeyShareListAndOnlyTls13() {
    ByteBuffer extensions = extensions(ClientHello.record(TlsVersion.TLS_1_3, "sip.contoso.test"));

    assertThat(extension(extensions, 0x0033)).as("key_share: an empty list").containsExactly(0, 0);
    assertThat(extension(extensions, 0x002b)).as("supported_versions").containsExactly(2, 3, 4);
    assertThat(extension(extensions, 0x000a))
        .as("supported_groups, from which the server picks the group of its retry request")
        .startsWith(0, 8, 0x00, 0x1d, 0x00, 0x17);
  }

  @Test
  void tls12Offer_hasNoKeyShareAndNoSupportedVersions() {
    ByteBuffer extensions = extensions(ClientHello.record(TlsVersion.TLS_1_2, "sip.contoso.test"));

    assertThat(extension(extensions, 0x0033)).isNull();
    assertThat(extension(extensions, 0x002b)).isNull();
    assertThat(extension(extensions, 0x0000)).as("server_name").isNotNull();
  }

  @Test
  void givenTls13Server_tls13Offer_isAnsweredByAHelloRetryRequest() throws IOException {
    server = TlsServer.start("127.0.0.2", context(), Options.standard());

    try (Socket socket = connect()) {
      socket.getOutputStream().write(ClientHello.record(TlsVersion.TLS_1_3, "sip.contoso.test"));
      DataInputStream in = new DataInputStream(socket.getInputStream());
      assertThat(in.readUnsignedByte()).as("a handshake record").isEqualTo(22);
      in.readUnsignedShort();
      byte[] fragment = new byte[in.readUnsignedShort()];
      in.readFully(fragment);

      assertThat(fragment[0]).as("a ServerHello").isEqualTo((byte) 2);
      assertThat(Arrays.copyOfRange(fragment, 6, 38))
          .as("the server asks for a key share instead of computing a key exchange and signing")
          .isEqualTo(HELLO_RETRY_REQUEST);
    }
  }

  @Test
  void givenTls13Server_theFlightOfTheTls13Offer_isTls13WithoutProblem() throws IOException {
    server = TlsServer.start("127.0.0.2", context(), Options.standard());

    try (Socket socket = connect()) {
      socket.getOutputStream().write(ClientHello.record(TlsVersion.TLS_1_3, "sip.contoso.test"));
      ServerFlight flight = ServerFlight.read(socket.getInputStream());

      assertThat(flight.version()).isEqualTo(TlsVersion.TLS_1_3);
      assertThat(flight.problem()).isNull();
      assertThat(CipherSuites.name(flight.cipherSuite())).startsWith("TLS_AES_");
      assertThat(flight.chain()).as("a TLS 1.3 chain travels encrypted").isEmpty();
    }
  }

  @Test
  void givenTls12OnlyServer_tls13Offer_isRefused() throws IOException {
    server = TlsServer.start("127.0.0.3", context(), Options.standard().protocols("TLSv1.2"));

    try (Socket socket = connect()) {
      socket.getOutputStream().write(ClientHello.record(TlsVersion.TLS_1_3, "sip.contoso.test"));
      ServerFlight flight = ServerFlight.read(socket.getInputStream());

      assertThat(flight.version()).isNull();
      assertThat(flight.problem()).startsWith("alert ");
    }
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(server.address(), server.port()), 5_000);
    socket.setSoTimeout(10_000);
    return socket;
  }

  private static javax.net.ssl.SSLContext context() {
    return ServerChains.context(LEAF, List.of(PKI.intermediate()));
  }

  /** The extensions block of a ClientHello record. */
  private static ByteBuffer extensions(byte[] record) {
    ByteBuffer body = ByteBuffer.wrap(record);
    body.position(5 + 4 + 2 + 32);
    skip(body, body.get() & 0xff); // session id
    skip(body, body.getShort() & 0xffff); // cipher suites
    skip(body, body.get() & 0xff); // compression methods
    int length = body.getShort() & 0xffff;
    assertThat(body.remaining()).isEqualTo(length);
    return body.slice();
  }

  private static void skip(ByteBuffer buffer, int length) {
    buffer.position(buffer.position() + length);
  }

  /** The data of extension {@code type} as unsigned bytes, null when absent. */
  private static int[] extension(ByteBuffer extensions, int type) {
    ByteBuffer in = extensions.duplicate();
    while (in.remaining() >= 4) {
      int found = in.getShort() & 0xffff;
      byte[] data = new byte[in.getShort() & 0xffff];
      in.get(data);
      if (found == type) {
        int[] unsigned = new int[data.length];
        for (int i = 0; i < data.length; i++) {
          unsigned[i] = data[i] & 0xff;
        }
        return unsigned;
      }
    }
    return null;
  }
}
