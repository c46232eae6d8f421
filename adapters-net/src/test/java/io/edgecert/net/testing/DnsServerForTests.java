package io.edgecert.net.testing;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Master;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;

/**
 * An authoritative DNS server for the tests on 127.0.0.1, UDP and TCP on one ephemeral port,
 * answering from a zone written in the test (master file syntax). A UDP answer larger than 512
 * bytes is truncated (TC), so that clients retry over TCP.
 */
public final class DnsServerForTests implements Closeable {
  private final List<Record> zone;
  private final DatagramSocket udp;
  private final ServerSocket tcp;
  private final AtomicInteger tcpQueries = new AtomicInteger();

  private DnsServerForTests(List<Record> zone, DatagramSocket udp, ServerSocket tcp) {
    this.zone = zone;
    this.udp = udp;
    this.tcp = tcp;
    daemon(this::serveUdp, "dns-udp");
    daemon(this::serveTcp, "dns-tcp");
  }

  /** Starts a server answering from {@code zoneText} (with {@code $ORIGIN} and {@code $TTL}). */
  public static DnsServerForTests start(String zoneText) {
    try {
      List<Record> records = new ArrayList<>();
      try (Master master =
          new Master(new ByteArrayInputStream(zoneText.getBytes(StandardCharsets.US_ASCII)))) {
        for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
          records.add(r);
        }
      }
      InetAddress loopback = InetAddress.getByName("127.0.0.1");
      for (int attempt = 0; ; attempt++) {
        DatagramSocket udp = new DatagramSocket(0, loopback);
        try {
          return new DnsServerForTests(
              records, udp, new ServerSocket(udp.getLocalPort(), 50, loopback));
        } catch (BindException e) {
          udp.close();
          if (attempt > 20) {
            throw e;
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return udp.getLocalPort();
  }

  /** How many queries came over TCP. */
  public int tcpQueries() {
    return tcpQueries.get();
  }

  private void serveUdp() {
    byte[] buffer = new byte[4096];
    while (!udp.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        udp.receive(packet);
        Message query = new Message(java.util.Arrays.copyOf(packet.getData(), packet.getLength()));
        byte[] answer = answer(query).toWire();
        if (answer.length > 512) {
          Message truncated = new Message(query.getHeader().getID());
          truncated.getHeader().setFlag(Flags.QR);
          truncated.getHeader().setFlag(Flags.TC);
          truncated.addRecord(query.getQuestion(), Section.QUESTION);
          answer = truncated.toWire();
        }
        udp.send(new DatagramPacket(answer, answer.length, packet.getSocketAddress()));
      } catch (IOException e) {
        // closed, or a malformed query: nothing to answer
      }
    }
  }

  private void serveTcp() {
    while (!tcp.isClosed()) {
      try (Socket client = tcp.accept()) {
        tcpQueries.incrementAndGet();
        DataInputStream in = new DataInputStream(client.getInputStream());
        byte[] query = new byte[in.readUnsignedShort()];
        in.readFully(query);
        byte[] answer = answer(new Message(query)).toWire();
        DataOutputStream out = new DataOutputStream(client.getOutputStream());
        out.writeShort(answer.length);
        out.write(answer);
        out.flush();
      } catch (IOException e) {
        // closed
      }
    }
  }

  private Message answer(Message query) {
    Record question = query.getQuestion();
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    response.addRecord(question, Section.QUESTION);
    Name name = question.getName();
    boolean exists = false;
    for (Record record : zone) {
      if (record.getName().equals(name)) {
        exists = true;
        if (record.getType() == question.getType()) {
          response.addRecord(record, Section.ANSWER);
        }
      }
    }
    response.getHeader().setRcode(exists ? Rcode.NOERROR : Rcode.NXDOMAIN);
    return response;
  }

  private static void daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    udp.close();
    try {
      tcp.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
