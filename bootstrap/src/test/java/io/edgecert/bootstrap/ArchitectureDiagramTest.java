package io.edgecert.bootstrap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;

/** The module diagram in docs/architecture.puml is the architecture the code has. */
@AnalyzeClasses(
    packages = "io.edgecert",
    importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureDiagramTest {
  private static final Path DIAGRAM = Repository.path("docs/architecture.puml");

  @ArchTest
  static final ArchRule modules_depend_on_each_other_only_as_docs_architecture_puml_shows =
      classes()
          .should(adhereToPlantUmlDiagram(DIAGRAM, consideringOnlyDependenciesInDiagram()))
          .because(
              "docs/architecture.puml is the module map readers trust: dependencies point"
                  + " inward to the application and the domain, adapters never use each other, and"
                  + " only bootstrap sees every module");
}
