package io.edgecert.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or from the resource generated at build time. */
public final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "edgecert " + version(), "Java ${java.version} (${java.vendor} ${java.vm.name})"
    };
  }

  /** The version of edgecert, e.g. 0.1.0-SNAPSHOT. */
  static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version != null ? version : fromResource();
  }

  static String fromResource() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
