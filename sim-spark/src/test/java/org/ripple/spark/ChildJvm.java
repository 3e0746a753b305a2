package org.ripple.spark;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The start of a child JVM's command line for the tests: this JVM's java and the Spark module options it runs with. */
final class ChildJvm {
  private ChildJvm() {}

  /** {@code java} of this JVM, then the {@code --add-opens} and related options surefire gave this JVM. */
  static List<String> command() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("-Djdk.reflect")
          || a.startsWith("-Dio.netty")) {
        command.add(a);
      }
    }
    return command;
  }
}
