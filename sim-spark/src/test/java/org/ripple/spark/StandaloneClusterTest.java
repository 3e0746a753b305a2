package org.ripple.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real standalone Spark cluster on 127.0.0.1: a master and one worker started as child JVMs from the Spark jars
 * on the test class path ({@code org.apache.spark.deploy.master.Master}, {@code deploy.worker.Worker}), on free ports,
 * with small heaps. The uncertainty scenario is submitted through {@code ripple-spark}'s own entry point with
 * {@code --master spark://...}; its executor is a third JVM, started by the worker. The report must be, byte for byte,
 * that of the same run in {@code local[2]}. Every process started here (and the executors under the worker) is killed
 * in the end, whatever happened.
 *
 * <p>Tagged {@code cluster} and left out of the default build (three Spark JVMs take 45 s on a quiet 2-core machine,
 * 90 s on a loaded one): {@code mvn -pl sim-spark -am test -Dtest=StandaloneClusterTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dripple.excludedTestGroups=none}.
 */
@Tag("cluster")
class StandaloneClusterTest {
  /** What the test sets for the in-process driver; cleared afterwards. */
  private static final String[] PROPERTIES = {"spark.driver.host", "spark.driver.bindAddress", "spark.ui.enabled",
      "spark.ui.showConsoleProgress", "spark.executor.extraClassPath", "spark.executor.memory", "spark.cores.max"};

  @TempDir
  Path dir;

  private final List<Process> started = new ArrayList<>();

  @AfterEach
  void stopEverything() throws InterruptedException {
    for (String p : PROPERTIES) {
      System.clearProperty(p);
    }
    // the worker's executors first (they are its children), then the worker and the master
    List<ProcessHandle> all = new ArrayList<>();
    for (int k = started.size() - 1; k >= 0; k--) {
      started.get(k).descendants().forEach(all::add);
      all.add(started.get(k).toHandle());
    }
    for (ProcessHandle h : all) {
      h.destroyForcibly();
    }
    for (ProcessHandle h : all) {
      try {
        h.onExit().get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("process " + h.pid() + " did not stop", e);
      }
    }
    assertThat(all).noneMatch(ProcessHandle::isAlive);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** A child JVM running {@code mainClass} of Spark with the test's class path, logging to {@code log}. */
  private Process spark(Path sparkHome, Path log, String mainClass, String... args) throws IOException {
    List<String> command = ChildJvm.command();
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-Dlog4j2.configurationFile=classpath:org/apache/spark/log4j2-defaults.properties");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.remove("SPARK_CONF_DIR");
    env.put("SPARK_HOME", sparkHome.toString()); // an empty 'jars' folder: the executor's class path is the test's
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    started.add(p);
    return p;
  }

  /** The master's state as JSON from its web UI, or "" while it is not up. */
  private static String masterState(int webUiPort) {
    try {
      HttpURLConnection c = (HttpURLConnection) new URL("http://127.0.0.1:" + webUiPort + "/json/").openConnection();
      c.setConnectTimeout(2000);
      c.setReadTimeout(2000);
      try (InputStream in = c.getInputStream()) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } finally {
        c.disconnect();
      }
    } catch (IOException e) {
      return "";
    }
  }

  @Test
  void theUncertaintyScenarioOnAMasterAndAWorkerGivesTheLocalBytes() throws Exception {
    Path home = Files.createDirectories(dir.resolve("spark home é").resolve("jars"));
    Path work = Files.createDirectories(dir.resolve("worker work é"));
    int masterPort = freePort();
    int masterUi = freePort();
    spark(home.getParent(), dir.resolve("master.log"), "org.apache.spark.deploy.master.Master", "--host",
        "127.0.0.1", "--port", String.valueOf(masterPort), "--webui-port", String.valueOf(masterUi));
    String url = "spark://127.0.0.1:" + masterPort;
    spark(home.getParent(), dir.resolve("worker.log"), "org.apache.spark.deploy.worker.Worker", "--host",
        "127.0.0.1", "--port", "0", "--webui-port", String.valueOf(freePort()), "--cores", "2", "--memory", "1g",
        "--work-dir", work.toString(), url);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!masterState(masterUi).replace(" ", "").contains("\"aliveworkers\":1")) {
      for (Process p : started) {
        assertThat(p.isAlive()).as("%s", logs()).isTrue();
      }
      assertThat(System.nanoTime()).as("the worker registered with the master; %s", logs()).isLessThan(deadline);
      Thread.sleep(250);
    }

    String scenario = SparkMonteCarloTest.scenario().toString();
    String[] args = {scenario, "--draws", "200", "--seed", "5", "--partitions", "4", "-f", "csv"};
    System.setProperty("spark.driver.host", "127.0.0.1");
    System.setProperty("spark.driver.bindAddress", "127.0.0.1");
    System.setProperty("spark.ui.enabled", "false");
    System.setProperty("spark.ui.showConsoleProgress", "false");
    SparkMainTest.Result local = SparkMainTest.run(SparkMain.commandLine(), concat(args, "--master", "local[2]"));
    assertThat(local.exit()).as(local.err()).isZero();

    // the executors run the test's classes and Ripple's, from the same class path as this JVM
    System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
    System.setProperty("spark.executor.memory", "512m");
    System.setProperty("spark.cores.max", "2");
    SparkMainTest.Result cluster = SparkMainTest.run(SparkMain.commandLine(), concat(args, "--master", url));
    assertThat(cluster.exit()).as("%s%n%s", cluster.err(), logs()).isZero();
    assertThat(cluster.out()).isEqualTo(local.out());
    assertThat(cluster.out()).contains("summary,");
    String state = masterState(masterUi).replace(" ", "");
    assertThat(state).as("the application ran on the cluster").contains("ripple-spark");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private String logs() {
    StringBuilder s = new StringBuilder();
    for (String name : new String[] {"master.log", "worker.log"}) {
      try {
        List<String> lines = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
        s.append(name).append(":\n").append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30),
            lines.size()))).append('\n');
      } catch (IOException e) {
        s.append(name).append(": not readable\n");
      }
    }
    return s.toString();
  }
}
