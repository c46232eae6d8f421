package io.edgecert.bootstrap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Imports production classes only: not the test classes of this module (target/test-classes), nor
 * those of other modules that reach the classpath in their test-jars (*-tests.jar), such as the
 * x509 test PKI and the REST contract helpers.
 */
public final class ProductionClassesOnly implements ImportOption {
  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");
  private final ImportOption tests = new ImportOption.DoNotIncludeTests();

  @Override
  public boolean includes(Location location) {
    return tests.includes(location) && !location.matches(TEST_JAR);
  }
}
