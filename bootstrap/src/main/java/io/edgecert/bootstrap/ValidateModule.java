package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.ValidateEachUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.CertificateReader;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.application.service.ValidateService;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.cli.ValidateSubcommand;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * The validate use cases (one certificate, an estate of them) and the {@code validate} subcommand
 * (the readers: {@link JsonModule} and {@link X509Module}).
 */
public final class ValidateModule extends AbstractModule implements SubcommandModule {

  @Override
  public List<Class<?>> subcommands() {
    return List.of(ValidateSubcommand.class);
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
  ValidateSubcommand validateSubcommand(
      ValidateUseCase validation,
      ValidateEachUseCase each,
      ExportUseCase export,
      CliEnvironment terminal) {
    return new ValidateSubcommand(validation, each, export, terminal);
  }
}
