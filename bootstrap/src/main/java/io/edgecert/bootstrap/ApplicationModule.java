package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.BundleUseCase;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.InspectKeyUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.ProbeUseCase;
import io.edgecert.application.port.in.RequestUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateEachUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.application.port.out.EndpointProbe;
import io.edgecert.application.port.out.NameResolver;
import io.edgecert.application.port.out.Pkcs12Builder;
import io.edgecert.application.port.out.RequestFactory;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.application.service.BundleService;
import io.edgecert.application.service.ExportService;
import io.edgecert.application.service.InspectKeyService;
import io.edgecert.application.service.PlanService;
import io.edgecert.application.service.ProbeService;
import io.edgecert.application.service.RequestService;
import io.edgecert.application.service.RulesService;
import io.edgecert.application.service.ValidateService;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The use cases, built from the driven ports, so that the application itself needs no Guice. */
public final class ApplicationModule extends AbstractModule {

  @Provides
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Provides
  @Singleton
  PlanUseCase plan(TopologyReader reader, Clock clock) {
    return new PlanService(reader, clock);
  }

  @Provides
  @Singleton
  RulesUseCase rules() {
    return new RulesService();
  }

  @Provides
  @Singleton
  ExportUseCase export(DocumentEncoder encoder) {
    return new ExportService(encoder);
  }

  @Provides
  @Singleton
  ValidateService validateService(
      TopologyReader reader, CertificateReader certificates, Clock clock) {
    return new ValidateService(reader, certificates, clock);
  }

  @Provides
  @Singleton
  ValidateUseCase validate(ValidateService service) {
    return service;
  }

  @Provides
  @Singleton
  ValidateEachUseCase validateEach(ValidateService service) {
    return service;
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
