package io.edgecert.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/** The JDK and library classes that open connections to other hosts, for the ArchUnit rules. */
final class NetworkClients {
  private static final Set<String> NAMES =
      Set.of(
          "java.net.Socket",
          "java.net.DatagramSocket",
          "java.net.URLConnection",
          "java.net.HttpURLConnection",
          "java.nio.channels.SocketChannel",
          "java.nio.channels.DatagramChannel",
          "javax.net.SocketFactory",
          "javax.net.ssl.SSLSocket",
          "javax.net.ssl.SSLSocketFactory",
          "javax.net.ssl.SSLContext",
          "javax.net.ssl.SSLEngine");

  /** Sockets, TLS sockets and engines, URL connections, the JDK HTTP client and dnsjava. */
  static final DescribedPredicate<JavaClass> CLASSES =
      DescribedPredicate.describe(
          "open connections to other hosts",
          type ->
              NAMES.contains(type.getName())
                  || type.getPackageName().startsWith("java.net.http")
                  || type.getPackageName().startsWith("org.xbill.DNS"));

  private NetworkClients() {}
}
