package kz.edu.leaders.simulation;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One application node the fault suite runs as a child JVM ({@link FaultNode}) on the test class
 * path: started, restarted on the same database and port, and killed with {@code kill -9}. People
 * reach it over HTTP, signed in with HTTP Basic as the portal and scripts do.
 */
final class NodeProcess {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final String PASSWORD = "demo";

  private final String node;
  private final int port = freePort();
  private final Path clockFile;
  private final Path logs;
  private final List<String> settings;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int incarnation;

  NodeProcess(String node, Path clockFile, Path logs, List<String> settings) {
    this.node = node;
    this.clockFile = clockFile;
    this.logs = logs;
    this.settings = settings;
  }

  String node() {
    return node;
  }

  /** The name the running incarnation's job executor locks jobs under. */
  String lockOwner() {
    return node + "#" + incarnation;
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /** Starts a new incarnation and waits until it is ready; how long that took. */
  Duration start() {
    incarnation++;
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:TieredStopAtLevel=1", "-cp", classpath(), FaultNode.class.getName(), lockOwner(),
        clockFile.toString()));
    command.add("--server.port=" + port);
    command.add("--camunda.bpm.generic-properties.properties.hostname=" + node);
    settings.forEach(setting -> command.add("--" + setting));
    Instant started = Instant.now();
    try {
      // working in its run's folder, where a relative path (./data) cannot meet another run's
      process = new ProcessBuilder(command).directory(logs.toFile()).redirectErrorStream(true)
          .redirectOutput(logs.resolve(lockOwner().replace('#', '-') + ".log").toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    while (!ready()) {
      if (!process.isAlive()) {
        throw new IllegalStateException(lockOwner() + " exited with " + process.exitValue() + " while starting; see "
            + logs);
      }
      if (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) > 0) {
        throw new IllegalStateException(lockOwner() + " not ready after " + START_TIMEOUT + "; see " + logs);
      }
      EngineDriver.sleep(250);
    }
    return Duration.between(started, Instant.now());
  }

  /** Ready for traffic: readiness UP (the database reachable, the start-up listeners run). */
  boolean ready() {
    try {
      return get("/actuator/health/readiness", null).statusCode() == 200;
    } catch (UncheckedIOException notListening) {
      return false;
    }
  }

  /** {@code kill -9}: no shutdown hook, no finished transaction, as when a machine dies. */
  void kill() {
    try {
      int killed = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start().waitFor();
      int exit = process.waitFor();
      if (killed != 0 || exit != 128 + 9) {
        throw new IllegalStateException(lockOwner() + ": kill -9 answered " + killed + ", the process exited with " + exit);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops it at the end of a run. */
  void stop() {
    if (alive()) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  HttpResponse<String> get(String path, String user) {
    return send(request(path, user).GET(), HttpResponse.BodyHandlers.ofString());
  }

  /** A file as it arrives; a connection the node drops mid-body fails here (the client checks the length). */
  HttpResponse<byte[]> download(String path, String user) {
    return send(request(path, user).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> postJson(String path, String user, String json) {
    return send(request(path, user).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String user) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return request;
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request.build(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * The test class path: surefire hands it over in a property (its own class path is one manifest
   * jar). Without empty entries: one would put the working directory on it, and the repository's
   * processes/ there would be deployed a second time beside the class path's.
   */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(surefire.split(File.pathSeparator)).filter(entry -> !entry.isBlank())
        .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path file, String content) {
    try {
      Path temporary = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), content,
          StandardCharsets.UTF_8);
      Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The clock offset this incarnation last applied, or null before it read the file. */
  String appliedClock() {
    Path ack = Path.of(clockFile + "." + lockOwner() + ".ack");
    try {
      return Files.exists(ack) ? Files.readString(ack, StandardCharsets.UTF_8).trim() : null;
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return lockOwner() + " on port " + port;
  }
}
