package io.edgecert.rest;

import io.edgecert.application.port.in.ValidateUseCase;
import io.javalin.config.JavalinConfig;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts an {@link Exposure} into the server: the HTTPS connector, the token check on {@code /v1/*}
 * (and {@code /metrics}), the metrics endpoint and the request observer. Sources are read here, at
 * construction, so that bad files stop the server before it binds.
 */
final class ExposureSetup {
  private final TlsConnector tls;
  private final BearerAuth auth;
  private final ServerMetrics metrics;
  private final RequestObserver observer;

  ExposureSetup(Exposure exposure) {
    this.tls = exposure.tls() == null ? null : new TlsConnector(exposure.tls());
    this.auth = exposure.tokens() == null ? null : new BearerAuth(exposure.tokens());
    this.metrics = exposure.metrics() ? new ServerMetrics() : null;
    this.observer =
        metrics == null && exposure.accessLog() == null
            ? null
            : new RequestObserver(metrics, exposure.accessLog());
  }

  /** The validations, counted by verdict when metrics are on. */
  ValidateUseCase counted(ValidateUseCase validations) {
    return metrics == null
        ? validations
        : command -> metrics.counted(validations.validate(command));
  }

  /** Registers before every other handler, so that no request is read before its token. */
  void register(JavalinConfig config, RestSettings settings) {
    if (auth != null) {
      config.routes.before("/v1/*", auth);
      config.routes.before(ServerMetrics.PATH, auth);
    }
    if (metrics != null) {
      config.routes.get(ServerMetrics.PATH, metrics);
    }
    if (observer != null) {
      config.routes.after(RequestObserver::noteRoute);
      config.jetty.modifyServer(server -> server.setRequestLog(observer));
    }
    if (tls != null) {
      config.jetty.addConnector((server, http) -> tls.connector(server, http, settings));
    }
  }

  String scheme() {
    return tls == null ? "http" : "https";
  }

  /**
   * Reads the TLS identity and the tokens again; what fails keeps its old value and throws.
   *
   * @return what is in force now, one line per part
   */
  List<String> reload() {
    List<String> done = new ArrayList<>();
    if (tls != null) {
      X509Certificate now = tls.reload();
      done.add(
          "TLS certificate \""
              + now.getSubjectX500Principal().getName()
              + "\", valid until "
              + now.getNotAfter().toInstant());
    }
    if (auth != null) {
      done.add(auth.reload() + " bearer token(s)");
    }
    return done;
  }
}
