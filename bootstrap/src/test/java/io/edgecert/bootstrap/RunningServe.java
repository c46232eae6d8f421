package io.edgecert.bootstrap;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code edgecert serve} with Main's injector in this JVM, its output captured; closing stops it.
 */
final class RunningServe implements AutoCloseable {
  static final Pattern LISTENING =
      Pattern.compile("edgecert listening on (https?)://127\\.0\\.0\\.1:(\\d+)\\R");

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final ServeSubcommand serve;
  final CompletableFuture<Integer> exit;
  final int port;

  RunningServe(Map<String, String> environment, List<String> args) throws InterruptedException {
    CommandLine commandLine =
        InProcessCli.production().commandLine(new byte[0], environment, out, err);
    this.serve = (ServeSubcommand) commandLine.getSubcommands().get("serve").getCommand();
    this.exit =
        CompletableFuture.supplyAsync(
            () ->
                commandLine.execute(
                    Stream.concat(Stream.of("serve"), args.stream()).toArray(String[]::new)));
    this.port = awaitPort();
  }

  private int awaitPort() throws InterruptedException {
    // Two minutes detect a hang; they are no speed limit (a busy machine starts slowly).
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline && !exit.isDone()) {
      Matcher matcher = LISTENING.matcher(out.toString());
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(2));
      }
      Thread.sleep(20);
    }
    throw new AssertionError("serve printed no address; out: " + out + " err: " + err);
  }

  @Override
  public void close() throws Exception {
    serve.stop();
    exit.get(30, TimeUnit.SECONDS);
  }
}
