package io.edgecert.bootstrap;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** What a block of code wrote to the process's standard output and standard error. */
record StandardStreams<T>(T result, String out, String err) {

  /** Runs {@code action} with System.out and System.err captured, then puts them back. */
  static <T> StandardStreams<T> during(Callable<T> action) throws Exception {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      T result = action.call();
      System.out.flush();
      System.err.flush();
      String outText = outBytes.toString(StandardCharsets.UTF_8);
      return new StandardStreams<>(result, outText, errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
