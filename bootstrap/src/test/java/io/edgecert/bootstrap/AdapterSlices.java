package io.edgecert.bootstrap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;

/** One slice per adapter package (json, x509, cli, rest); every other class belongs to none. */
final class AdapterSlices implements SliceAssignment {
  private final String[] packages;

  AdapterSlices(String... packages) {
    this.packages = packages.clone();
  }

  @Override
  public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
    return Arrays.stream(packages)
        .map(p -> p.substring(0, p.length() - 2))
        .filter(p -> javaClass.getPackageName().equals(p)
            || javaClass.getPackageName().startsWith(p + "."))
        .findFirst()
        .map(SliceIdentifier::of)
        .orElse(SliceIdentifier.ignore());
  }

  @Override
  public String getDescription() {
    return "the adapters " + String.join(", ", packages);
  }
}
