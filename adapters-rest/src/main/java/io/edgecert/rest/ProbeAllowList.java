package io.edgecert.rest;

import io.edgecert.application.port.in.ProbeScope;
import io.edgecert.domain.topology.Fqdn;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What {@code serve --allow-probes} lets a caller probe: address blocks (CIDR, or one address) and
 * DNS domains (the name and every name under it). Empty: probes are off. A host may be reached when
 * its name lies in an allowed domain or the address it resolved to in an allowed block.
 */
public final class ProbeAllowList implements ProbeScope {
  /**
   * An address literal (IPv4, or IPv6 with a colon): not a name, so not for {@link Fqdn}; checked
   * before a name because {@code 192.0.2.7} would otherwise read as a (numeric) domain.
   */
  private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  private final List<Block> blocks;
  private final List<String> domains;

  private ProbeAllowList(List<Block> blocks, List<String> domains) {
    this.blocks = List.copyOf(blocks);
    this.domains = List.copyOf(domains);
  }

  /** Probes off. */
  public static ProbeAllowList none() {
    return new ProbeAllowList(List.of(), List.of());
  }

  /**
   * Reads entries such as {@code 192.0.2.0/24}, {@code 2001:db8::/32}, {@code 192.0.2.7} or {@code
   * contoso.com}. A domain has the syntax of a topology's FQDN ({@link Fqdn#problem}), and a host
   * lies in it as {@link Fqdn#isAtOrBelow} says.
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static ProbeAllowList parse(List<String> entries) {
    List<Block> blocks = new ArrayList<>();
    List<String> domains = new ArrayList<>();
    for (String entry : entries) {
      String value = entry.trim().toLowerCase(Locale.ROOT);
      String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
      if (LITERAL.matcher(address).matches()) {
        blocks.add(Block.parse(entry, value));
      } else if (Fqdn.problem(value).isEmpty()) {
        domains.add(value);
      } else {
        throw new IllegalArgumentException(
            "--allow-probes '"
                + entry
                + "' is neither a CIDR block (192.0.2.0/24), an address nor"
                + " a DNS domain (contoso.com)");
      }
    }
    return new ProbeAllowList(blocks, domains);
  }

  /** Whether probes are on at all. */
  public boolean enabled() {
    return !blocks.isEmpty() || !domains.isEmpty();
  }

  @Override
  public boolean allows(String host, String address) {
    return inDomain(host) || (address != null && inBlock(address));
  }

  /**
   * Whether a name the caller gives (a target or the DNS server) may be used: a name in an allowed
   * domain, an address in an allowed block, or any name when blocks are allowed (its addresses are
   * then checked before each connection).
   */
  boolean mayName(String host) {
    if (LITERAL.matcher(host).matches()) {
      return inBlock(host);
    }
    return inDomain(host) || !blocks.isEmpty();
  }

  private boolean inDomain(String host) {
    if (host == null) {
      return false;
    }
    return domains.stream().anyMatch(domain -> Fqdn.isAtOrBelow(host, domain));
  }

  private boolean inBlock(String address) {
    try {
      byte[] bytes = InetAddress.getByName(address).getAddress();
      return blocks.stream().anyMatch(block -> block.contains(bytes));
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** An address block: its network address and prefix length. */
  private record Block(byte[] network, int prefix) {

    static Block parse(String entry, String value) {
      String[] parts = value.split("/", 2);
      try {
        if (!LITERAL.matcher(parts[0]).matches()) {
          throw new UnknownHostException(parts[0]);
        }
        byte[] network = InetAddress.getByName(parts[0]).getAddress();
        int prefix = parts.length == 1 ? network.length * 8 : Integer.parseInt(parts[1]);
        if (prefix < 0 || prefix > network.length * 8) {
          throw new NumberFormatException();
        }
        return new Block(network, prefix);
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException(
            "--allow-probes '"
                + entry
                + "' is not a valid address block; expected e.g. 192.0.2.0/24");
      }
    }

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int shift = network.length * 8 - prefix;
      return new BigInteger(1, address)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    }
  }
}
