package io.edgecert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.edgecert.application.port.in.ValidateUseCase;
import io.edgecert.application.port.out.DocumentEncoder;
import io.edgecert.application.port.out.TopologyReader;
import io.edgecert.domain.plan.CertificatePlan;
import io.edgecert.domain.rules.RuleId;
import io.edgecert.domain.validation.ValidationReport;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * TEMPORARY wiring gap, to be deleted when the json, x509 and validate branches are merged: binds
 * the ports whose adapters are not on this branch to placeholders that fail as internal errors.
 * Replace it by JsonModule and X509Module, and move the ValidateUseCase provider (built with
 * ValidateService) into ApplicationModule.
 */
final class PendingAdaptersModule extends AbstractModule {

  @Provides
  @Singleton
  TopologyReader topologyReader() {
    return source -> {
      throw notMerged("TopologyReader");
    };
  }

  @Provides
  @Singleton
  ValidateUseCase validate() {
    return command -> {
      throw notMerged("ValidateUseCase");
    };
  }

  @Provides
  @Singleton
  DocumentEncoder documentEncoder() {
    return new DocumentEncoder() {
      @Override
      public String plan(CertificatePlan plan) {
        throw notMerged("DocumentEncoder");
      }

      @Override
      public String report(ValidationReport report) {
        throw notMerged("DocumentEncoder");
      }

      @Override
      public String rules(List<RuleId> rules) {
        throw notMerged("DocumentEncoder");
      }
    };
  }

  private static UnsupportedOperationException notMerged(String port) {
    return new UnsupportedOperationException(port + " is not wired on this branch yet");
  }
}
