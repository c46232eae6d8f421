package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.NameResolver;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.RequestFactory;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.application.service.BundleService;
import io.edgecert.application.service.InspectKeyService;
import io.edgecert.application.service.ProbeService;
import io.edgecert.application.service.RequestService;
import io.edgecert.application.service.RulesService;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The use cases of rules, probe, request and bundle, built from the driven ports, so that the
 * application itself needs no Guice. Plan and validate have modules of their own ({@link
 * PlanModule}, {@link ValidateModule}), and the clock and the export come with {@link
 * CommandLineModule}: a run of one of them builds an injector without this module.
 */
public final class ApplicationModule extends AbstractModule {

  @Provides
  @Singleton
  RulesUseCase rules() {
    return new RulesService();
  }

  @Provides
  @Singleton
  ProbeUseCase probe(
      TopologyReader reader,
      CertificateReader certificates,
      EndpointProbe endpoints,
      NameResolver names,
      Clock clock) {
    return new ProbeService(reader, certificates, endpoints, names, clock);
  }

  @Provides
  @Singleton
  RequestUseCase request(TopologyReader reader, RequestFactory factory, Clock clock) {
    return new RequestService(reader, factory, clock);
  }

  @Provides
  @Singleton
  BundleUseCase bundle(
      Pkcs12Builder builder, CertificateReader certificates, TopologyReader reader, Clock clock) {
    return new BundleService(builder, certificates, reader, clock);
  }

  @Provides
  @Singleton
  InspectKeyUseCase inspectKey(Pkcs12Builder builder) {
    return new InspectKeyService(builder);
  }
}
