package io.edgecert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.edgecert.application.port.in.ExportUseCase;
import io.edgecert.application.port.in.PlanUseCase;
import io.edgecert.application.port.in.RulesUseCase;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.cli.CliEnvironment;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestModuleTest {

  /** Hand-written stand-ins for the use cases that the other modules provide. */
  static final class UseCaseFakes extends AbstractModule {
    @Override
    protected void configure() {
      binder().requireExplicitBindings();
      binder().disableCircularProxies();
      bind(PlanUseCase.class)
          .toInstance(
              command -> {
                throw new UnsupportedOperationException("not planned in this test");
              });
      bind(ValidateUseCase.class)
          .toInstance(
              command -> {
                throw new UnsupportedOperationException("not validated in this test");
              });
      bind(RulesUseCase.class).toInstance(id -> List.of(RuleId.values()));
      bind(io.edgecert.application.port.in.ProbeUseCase.class)
          .toInstance(
              command -> {
                throw new UnsupportedOperationException("not probed in this test");
              });
      bind(ExportUseCase.class).toInstance(new RulesOnlyExport());
      bind(CliEnvironment.class).toInstance(Injectors.quiet());
      bind(Clock.class).toInstance(Clock.systemUTC());
    }
  }

  static final class RulesOnlyExport implements ExportUseCase {
    @Override
    public String planJson(CertificatePlan plan) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String reportJson(ValidationReport report) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String reportLine(ValidationReport report) {
      throw new UnsupportedOperationException();
    }

    @Override
    public String rulesJson(List<RuleId> rules) {
      return "{\"rules\":" + rules.size() + "}";
    }

    @Override
    public String probeJson(io.edgecert.domain.probe.ProbeReport report) {
      throw new UnsupportedOperationException();
    }
  }

  static Injector injector() {
    return Guice.createInjector(Stage.PRODUCTION, new UseCaseFakes(), new RestModule());
  }

  @Test
  void givenTheUseCases_restModule_providesAFreshServeSubcommandEachTime() {
    Injector injector = injector();

    assertThat(injector.getInstance(ServeSubcommand.class))
        .isNotNull()
        .isNotSameAs(injector.getInstance(ServeSubcommand.class));
  }
}
