package org.ripple.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Ripple's version, from a resource Maven filters at build time. */
public final class Version implements CommandLine.IVersionProvider {
  private static final String VERSION = load();

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  public static String get() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"ripple " + VERSION, "Java " + System.getProperty("java.version")};
  }
}
