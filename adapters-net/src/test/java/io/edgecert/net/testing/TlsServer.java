package io.edgecert.net.testing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.StandardConstants;

/**
 * A real TLS server on a loopback address and an ephemeral port, for the probe tests: presents a
 * given chain, speaks the given protocol versions, may demand a client certificate, may wait before
 * its handshake, and may first do XMPP STARTTLS. It records the SNI names clients sent.
 */
public final class TlsServer implements Closeable {
  private final ServerSocket socket;
  private final SSLContext context;
  private final Options options;
  private final List<String> serverNames = new CopyOnWriteArrayList<>();

  /** How the server behaves. */
  public record Options(
      String[] protocols, boolean needClientAuth, Duration handshakeDelay, XmppMode xmpp) {

    public static Options standard() {
      return new Options(new String[] {"TLSv1.3", "TLSv1.2"}, false, Duration.ZERO, XmppMode.NONE);
    }

    public Options protocols(String... values) {
      return new Options(values, needClientAuth, handshakeDelay, xmpp);
    }

    public Options mutual() {
      return new Options(protocols, true, handshakeDelay, xmpp);
    }

    public Options delay(Duration value) {
      return new Options(protocols, needClientAuth, value, xmpp);
    }

    public Options xmpp(XmppMode mode) {
      return new Options(protocols, needClientAuth, handshakeDelay, mode);
    }
  }

  /** The XMPP behaviour before TLS; NONE for a server that speaks TLS from the first byte. */
  public enum XmppMode {
    NONE,
    STARTTLS,
    NO_STARTTLS,
    GARBAGE,
    SLOW_DRIP,
    ENDLESS,
    DOCTYPE
  }

  private TlsServer(String address, int port, SSLContext context, Options options)
      throws IOException {
    this.socket = new ServerSocket(port, 50, InetAddress.getByName(address));
    this.context = context;
    this.options = options;
    Thread acceptor = new Thread(this::accept, "tls-server-" + address);
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public static TlsServer start(String address, SSLContext context, Options options) {
    try {
      return new TlsServer(address, 0, context, options);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One server per address, all on the same ephemeral port (a pool name's members share the port
   * its SRV record gives), each with its own context.
   */
  public static List<TlsServer> pool(
      List<String> addresses, List<SSLContext> contexts, Options options) {
    for (int attempt = 0; ; attempt++) {
      List<TlsServer> started = new java.util.ArrayList<>();
      try {
        started.add(start(addresses.get(0), contexts.get(0), options));
        for (int i = 1; i < addresses.size(); i++) {
          started.add(
              new TlsServer(addresses.get(i), started.get(0).port(), contexts.get(i), options));
        }
        return started;
      } catch (IOException e) {
        started.forEach(TlsServer::close);
        if (attempt > 20) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  public int port() {
    return socket.getLocalPort();
  }

  public String address() {
    return socket.getInetAddress().getHostAddress();
  }

  /** The SNI host names of the handshakes so far. */
  public List<String> serverNames() {
    return serverNames;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread handler = new Thread(() -> serve(client), "tls-server-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(30_000);
      if (options.xmpp() != XmppMode.NONE && !xmpp(client)) {
        return;
      }
      if (!options.handshakeDelay().isZero()) {
        Thread.sleep(options.handshakeDelay().toMillis());
      }
      SSLSocket tls =
          (SSLSocket) context.getSocketFactory().createSocket(client, null, client.getPort(), true);
      tls.setUseClientMode(false);
      tls.setEnabledProtocols(options.protocols());
      tls.setNeedClientAuth(options.needClientAuth());
      recordServerNames(tls);
      tls.startHandshake();
      tls.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
      tls.getOutputStream().flush();
      tls.getInputStream().read();
    } catch (IOException e) {
      // a probe hangs up early on purpose, and refused versions end in an alert
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Records the SNI host name while the server reads the ClientHello, before it answers: by the
   * time the client holds the certificate, the name is recorded (after the handshake would race
   * with a client that has already hung up).
   */
  private void recordServerNames(SSLSocket tls) {
    SSLParameters parameters = tls.getSSLParameters();
    parameters.setSNIMatchers(
        List.of(
            new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
              @Override
              public boolean matches(SNIServerName name) {
                serverNames.add(new SNIHostName(name.getEncoded()).getAsciiName());
                return true;
              }
            }));
    tls.setSSLParameters(parameters);
  }

  /** The XMPP part before TLS; true when TLS follows. */
  private boolean xmpp(Socket client) throws IOException, InterruptedException {
    InputStream in = client.getInputStream();
    OutputStream out = client.getOutputStream();
    String header = readUntil(in, ">", 2);
    String open =
        "<?xml version='1.0'?><stream:stream xmlns='jabber:server'"
            + " xmlns:stream='http://etherx.jabber.org/streams' from='"
            + (header.contains("to='") ? header.split("to='")[1].split("'")[0] : "?")
            + "' id='1' version='1.0'>";
    switch (options.xmpp()) {
      case GARBAGE:
        out.write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return false;
      case NO_STARTTLS:
        write(
            out,
            open
                + "<stream:features><dialback xmlns='urn:xmpp:features:dialback'/></stream:features>");
        in.read();
        return false;
      case SLOW_DRIP:
        for (char c : (open + "<stream:features>").repeat(1000).toCharArray()) {
          out.write(c);
          out.flush();
          Thread.sleep(50);
        }
        return false;
      case ENDLESS:
        write(out, open + "<stream:features>");
        byte[] filler = "<x/>".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        while (true) {
          out.write(filler);
        }
      case DOCTYPE:
        write(out, "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>]>" + open);
        in.read();
        return false;
      default:
        write(
            out,
            open
                + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                + "<required/></starttls></stream:features>");
        readUntil(in, "/>", 1);
        write(out, "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        return true;
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** Reads byte by byte until {@code end} was seen {@code times} times. */
  private static String readUntil(InputStream in, String end, int times) throws IOException {
    StringBuilder text = new StringBuilder();
    int seen = 0;
    while (seen < times) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("closed");
      }
      text.append((char) b);
      if (text.toString().endsWith(end)) {
        seen++;
      }
    }
    return text.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
