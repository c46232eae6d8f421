import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;

/**
 * Thread CPU time per operation of a plan request's steps (read the topology; read, check and
 * plan; and also write the plan JSON as the REST API sends it), for two builds loaded side by side
 * in one JVM (each in its own class loader, Jackson shared), interleaved round by round, so that
 * the machine's load disturbs both alike. Run by scripts/bench-plan-steps.sh.
 * Usage: java PlanStepsCpu.java DEPS_CLASSPATH BASE_DIRS CAND_DIRS EXAMPLE [ROUNDS] [OPS]
 */
public class PlanStepsCpu {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  static class Build {
    final String label; final Object reader, plans, export, source, command; final Method read, plan, json; final boolean bytes;
    Build(String label, ClassLoader parent, String dirs, byte[] content, String name) throws Exception {
      this.label = label;
      List<URL> urls = new ArrayList<>();
      for (String d : dirs.split(":")) urls.add(Paths.get(d).toUri().toURL());
      ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), parent);
      Class<?> syntax = cl.loadClass("io.edgecert.application.port.in.TopologySource$Syntax");
      Object yaml = Enum.valueOf((Class) syntax, name.endsWith(".json") ? "JSON" : "YAML");
      Class<?> src = cl.loadClass("io.edgecert.application.port.in.TopologySource");
      source = src.getConstructor(String.class, byte[].class, syntax).newInstance("body", content, yaml);
      reader = cl.loadClass("io.edgecert.json.JacksonTopologyReader").getConstructor().newInstance();
      Class<?> readerIf = cl.loadClass("io.edgecert.application.port.out.TopologyReader");
      Method unplaced = null;
      for (Method m : readerIf.getMethods()) if (m.getName().equals("readUnplaced")) unplaced = m;
      read = unplaced != null ? unplaced : readerIf.getMethod("read", src); // what a plan request reads
      plans = cl.loadClass("io.edgecert.application.service.PlanService").getConstructor(readerIf, Clock.class)
          .newInstance(reader, Clock.system(ZoneOffset.UTC));
      Class<?> cmd = cl.loadClass("io.edgecert.application.port.in.PlanCommand");
      command = cmd.getConstructor(src, LocalDate.class).newInstance(source, LocalDate.of(2026, 1, 1));
      plan = plans.getClass().getMethod("plan", cmd);
      Object enc = cl.loadClass("io.edgecert.json.JacksonDocumentEncoder").getConstructor().newInstance();
      export = cl.loadClass("io.edgecert.application.service.ExportService")
          .getConstructor(cl.loadClass("io.edgecert.application.port.out.DocumentEncoder")).newInstance(enc);
      Method j = null, u = null;
      for (Method m : export.getClass().getMethods()) {
        if (m.getName().equals("planJson")) j = m;
        if (m.getName().equals("planJsonUtf8")) u = m;
      }
      json = u != null ? u : j;
      bytes = u != null;
    }
    Object readOnce() throws Exception { return read.invoke(reader, source); }
    Object planOnce() throws Exception { return plan.invoke(plans, command); }
    Object fullOnce() throws Exception {
      Object out = json.invoke(export, plan.invoke(plans, command));
      return bytes ? out : ((String) out).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  static long sink;

  static double perOp(Build b, int step, int ops) throws Exception {
    long start = MX.getCurrentThreadCpuTime();
    for (int i = 0; i < ops; i++) {
      Object r = step == 0 ? b.readOnce() : step == 1 ? b.planOnce() : b.fullOnce();
      sink += r.hashCode() & 1;
    }
    return (MX.getCurrentThreadCpuTime() - start) / 1e3 / ops;
  }

  public static void main(String[] a) throws Exception {
    List<URL> deps = new ArrayList<>();
    for (String d : a[0].split(":")) if (!d.isEmpty()) deps.add(Paths.get(d).toUri().toURL());
    ClassLoader parent = new URLClassLoader(deps.toArray(URL[]::new), PlanStepsCpu.class.getClassLoader());
    byte[] content = Files.readAllBytes(Paths.get(a[3]));
    int rounds = a.length > 4 ? Integer.parseInt(a[4]) : 12;
    int ops = a.length > 5 ? Integer.parseInt(a[5]) : 3000;
    Build[] builds = {new Build("base", parent, a[1], content, a[3]), new Build("cand", parent, a[2], content, a[3])};
    Object o0 = builds[0].fullOnce(), o1 = builds[1].fullOnce();
    System.out.println("same JSON bytes: " + Arrays.equals((byte[]) o0, (byte[]) o1));
    String[] steps = {"read (as a plan does)", "read+check+plan", "read+check+plan+json"};
    double[][][] t = new double[2][3][rounds];
    for (int r = 0; r < rounds; r++)
      for (int s = 0; s < 3; s++)
        for (int k = 0; k < 2; k++) { int b = (r + k) % 2; t[b][s][r] = perOp(builds[b], s, ops); }
    int warm = rounds / 2;
    System.out.printf("us of thread CPU per operation, median of rounds %d-%d (%d ops each), load %s%n",
        warm + 1, rounds, ops, Files.readString(Paths.get("/proc/loadavg")).trim());
    for (int s = 0; s < 3; s++) {
      double m0 = median(Arrays.copyOfRange(t[0][s], warm, rounds)), m1 = median(Arrays.copyOfRange(t[1][s], warm, rounds));
      System.out.printf("%-22s base %7.1f  cand %7.1f  cand/base %.2f%n", steps[s], m0, m1, m1 / m0);
    }
  }
  static double median(double[] v) { Arrays.sort(v); return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length/2-1] + v[v.length/2]) / 2; }
}
