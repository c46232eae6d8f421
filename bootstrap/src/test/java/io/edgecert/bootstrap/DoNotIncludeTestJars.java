package io.edgecert.bootstrap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the test-jars of other modules (the test PKI, the REST contract helpers), which
 * bootstrap's tests use: once Maven has packaged them, they are jars that {@link
 * ImportOption.DoNotIncludeTests} does not recognise as tests.
 */
public final class DoNotIncludeTestJars implements ImportOption {

  @Override
  public boolean includes(Location location) {
    return !location.contains("-tests.jar");
  }
}
