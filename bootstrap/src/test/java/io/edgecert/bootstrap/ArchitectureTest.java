package io.edgecert.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION;
import static com.tngtech.archunit.library.GeneralCodingRules.USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The hexagon, checked. {@code io.edgecert.bootstrap} is the composition root: it is no layer of
 * the onion and may see every module (that is its job), while no other package may depend on it.
 */
@AnalyzeClasses(
    packages = "io.edgecert",
    importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {
  static final String DOMAIN = "io.edgecert.domain..";
  static final String APPLICATION = "io.edgecert.application..";
  static final String BOOTSTRAP = "io.edgecert.bootstrap..";
  static final String[] ADAPTERS = {
    "io.edgecert.json..",
    "io.edgecert.x509..",
    "io.edgecert.cli..",
    "io.edgecert.rest..",
    "io.edgecert.net.."
  };

  // Optional layers: json, x509 and rest are empty until every branch is merged. Bootstrap is
  // outside the onion, so its dependencies on every layer are ignored here.
  @ArchTest
  static final ArchRule onion_architecture =
      onionArchitecture()
          .domainModels(DOMAIN)
          .applicationServices(APPLICATION)
          .adapter("json", ADAPTERS[0])
          .adapter("x509", ADAPTERS[1])
          .adapter("cli", ADAPTERS[2])
          .adapter("rest", ADAPTERS[3])
          .adapter("net", ADAPTERS[4])
          .withOptionalLayers(true)
          .ignoreDependency(resideInAPackage(BOOTSTRAP), alwaysTrue())
          .because("dependencies point inward: adapters -> application -> domain");

  @ArchTest
  static final ArchRule nothing_depends_on_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BOOTSTRAP)
          .because("bootstrap is the composition root that nobody sees");

  @ArchTest
  static final ArchRule domain_depends_only_on_the_jdk =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN)
          .because("the certificate rules are plain Java, free of every framework");

  /**
   * The package {@code domain.rules} is the rule catalogue (ADR 0050): identities, words, sources.
   * Every rule class depends on it, so it depends on no other part of the domain; the rule classes
   * live beside what they judge ({@code plan.rules}, {@code validation.rules} ...).
   */
  @ArchTest
  static final ArchRule the_rule_catalogue_is_a_leaf_of_the_domain =
      classes()
          .that()
          .resideInAPackage("io.edgecert.domain.rules..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.edgecert.domain.rules..")
          .because("the catalogue names the rules; the rules depend on it, never the reverse");

  /** Rule classes of the validator, planner and probe stay in their own rules packages. */
  @ArchTest
  static final ArchRule rule_classes_live_in_a_rules_package =
      classes()
          .that()
          .implement("io.edgecert.domain.validation.CertificateRule")
          .or()
          .implement("io.edgecert.domain.plan.PlanningRule")
          .or()
          .implement("io.edgecert.domain.probe.rules.ProbeRule")
          .should()
          .resideInAnyPackage(
              "io.edgecert.domain.validation.rules",
              "io.edgecert.domain.plan.rules",
              "io.edgecert.domain.probe.rules")
          .because("a reader finds every rule class in a package named rules");

  @ArchTest
  static final ArchRule application_depends_only_on_domain_and_the_jdk =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN, APPLICATION)
          .because("use cases talk to the world only through their ports");

  @ArchTest
  static final ArchRule bouncy_castle_only_in_x509 =
      noClasses()
          .that()
          .resideOutsideOfPackage(ADAPTERS[1])
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..")
          .because(
              "certificate parsing is the x509 adapter's job, and BouncyCastle is slow to load");

  @ArchTest
  static final ArchRule sockets_only_in_net =
      noClasses()
          .that()
          .resideOutsideOfPackage(ADAPTERS[4])
          .should()
          .dependOnClassesThat(NetworkClients.CLASSES)
          .because(
              "adapters-net is the only module that opens connections to other hosts (TLS, XMPP,"
                  + " DNS)");

  @ArchTest
  static final ArchRule net_never_lets_the_jdk_trust_decide =
      noClasses()
          .that()
          .resideInAPackage(ADAPTERS[4])
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName(javax.net.ssl.TrustManagerFactory.class.getName())
          .orShould()
          .callMethod(javax.net.ssl.SSLContext.class, "getDefault")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName(javax.net.ssl.HttpsURLConnection.class.getName())
          .because(
              "a probe records the chain a server sends and the validation rules judge it; the"
                  + " JDK's default trust manager decides nothing");

  @ArchTest
  static final ArchRule picocli_only_in_cli_and_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackages(ADAPTERS[2], BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..")
          .because("the command line is one driving adapter among others");

  @ArchTest
  static final ArchRule javalin_only_in_rest_and_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackages(ADAPTERS[3], BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..")
          .because("HTTP is one driving adapter among others");

  @ArchTest
  static final ArchRule micrometer_only_in_rest_and_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackages(ADAPTERS[3], BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.micrometer..", "io.prometheus..")
          .because("metrics describe the HTTP service; the core counts nothing");

  @ArchTest
  static final ArchRule jetty_only_in_rest =
      noClasses()
          .that()
          .resideOutsideOfPackage(ADAPTERS[3])
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jetty..")
          .because("TLS connectors and request logs are details of the REST adapter's server");

  @ArchTest
  static final ArchRule signals_only_in_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("sun.misc..")
          .because("the process (signals such as SIGHUP) belongs to the composition root");

  @ArchTest
  static final ArchRule jackson_only_in_json_and_rest =
      noClasses()
          .that()
          .resideOutsideOfPackages(ADAPTERS[0], ADAPTERS[3])
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..")
          .because("the file format and the wire contract live in the json adapter");

  @ArchTest
  static final ArchRule guice_only_in_bootstrap =
      noClasses()
          .that()
          .resideOutsideOfPackage(BOOTSTRAP)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.google.inject..", "jakarta.inject..", "javax.inject..")
          .because("use cases and adapters are built by hand in @Provides methods");

  @ArchTest
  static final ArchRule adapters_use_driving_ports_not_services =
      noClasses()
          .that()
          .resideInAnyPackage(ADAPTERS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.edgecert.application.service..")
          .because("adapters see use cases only through their port interfaces");

  @ArchTest
  static final ArchRule adapters_do_not_depend_on_each_other =
      slices()
          .assignedFrom(new AdapterSlices(ADAPTERS))
          .should()
          .notDependOnEachOther()
          .because("each adapter stands alone; only bootstrap joins them");

  @ArchTest
  static final ArchRule no_package_cycles =
      slices()
          .matching("io.edgecert.(**)")
          .should()
          .beFreeOfCycles()
          .because("cycles make modules impossible to split or test alone");

  @ArchTest
  static final ArchRule use_cases_are_interfaces_in_port_in =
      classes()
          .that()
          .haveSimpleNameEndingWith("UseCase")
          .should()
          .beInterfaces()
          .andShould()
          .resideInAPackage("io.edgecert.application.port.in..")
          .because("a driving port is an interface in application.port.in");

  @ArchTest
  static final ArchRule use_case_implementations_are_services =
      classes()
          .that()
          .implement(simpleNameEndingWith("UseCase"))
          .should()
          .haveSimpleNameEndingWith("Service")
          .andShould()
          .resideInAPackage("io.edgecert.application.service..")
          .because("a use case is implemented by a <Verb>Service in application.service");

  @ArchTest
  static final ArchRule no_standard_streams_outside_main =
      noClasses()
          .that()
          .doNotHaveFullyQualifiedName(Main.class.getName())
          .should(ACCESS_STANDARD_STREAMS)
          .because("output goes through picocli's writers so that it can be captured and tested");

  @ArchTest
  static final ArchRule no_generic_exceptions =
      NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.because("a failure names what went wrong");

  @ArchTest
  static final ArchRule no_field_injection =
      NO_CLASSES_SHOULD_USE_FIELD_INJECTION.because("dependencies come through constructors");

  @ArchTest
  static final ArchRule java_util_logging_only_in_adapters_and_bootstrap =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should(USE_JAVA_UTIL_LOGGING)
          .because("the core reports through return values and exceptions, not logs");

  @ArchTest
  static final ArchRule no_clock_reads_in_domain_or_application =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .because("time comes from a java.time.Clock or an explicit instant, so tests are exact");
}
