package kz.edu.leaders.simulation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fault suite's figures: each fault, how the platform recovered, and every invariant with its count. */
final class FaultTable {

  private static final String BEGIN = "<!-- faults: the fault suite adds each run below, newest first -->";
  private static final String END = "<!-- /faults -->";
  private static final String RUNS = "<!-- runs:";
  private static final String HEADER = """
      ## Fault suite

      A cohort through the real application as child processes (job executor on, PostgreSQL), one fault
      per run, the invariants checked afterwards from the database and the SMTP server's inbox
      (`src/test/java/kz/edu/leaders/simulation/FaultSuite.java`; README, "After a fault"). Rerun:

      ```bash
      ./mvnw -Pfaults test                                   # all four faults, N=100
      ./mvnw -Pfaults test -Dfaults.n=100 -Dfaults.runs=kill,postgres,mail   # what CI runs
      ```

      """;

  record Fault(String run, String fault, int n, Duration took, List<String> recovery, Map<String, Long> funnel,
      long failedAttempts, Map<String, Long> jobsPerNode, List<Invariants.Check> checks) {
  }

  private final List<Fault> faults = new ArrayList<>();

  void add(String run, String fault, int n, Duration took, List<String> recovery, Map<String, Long> funnel,
      long failedAttempts, Map<String, Long> jobsPerNode, List<Invariants.Check> checks) {
    faults.add(new Fault(run, fault, n, took, List.copyOf(recovery), funnel, failedAttempts, jobsPerNode, checks));
  }

  void print(PrintStream out) {
    out.println(markdown());
  }

  private String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| Run | Fault | N | Took | Recovery |\n|---|---|---:|---:|---|\n");
    for (Fault fault : faults) {
      md.append("| ").append(fault.run()).append(" | ").append(fault.fault()).append(" | ").append(fault.n()).append(" | ")
          .append(fault.took().toSeconds()).append(" s | ").append(String.join("<br>", fault.recovery())).append(" |\n");
    }
    md.append("\n| Invariant | ").append(String.join(" | ", faults.stream().map(Fault::run).toList()))
        .append(" |\n|---|").append("---:|".repeat(faults.size())).append('\n');
    List<String> names = new ArrayList<>();
    faults.forEach(f -> f.checks().forEach(check -> {
      if (!names.contains(key(check))) {
        names.add(key(check));
      }
    }));
    for (String name : names) {
      md.append("| ").append(name);
      for (Fault fault : faults) {
        md.append(" | ").append(fault.checks().stream().filter(check -> key(check).equals(name)).findFirst()
            .map(check -> (check.holds() ? "" : "**FAIL** ") + check.found()).orElse("–"));
      }
      md.append(" |\n");
    }
    md.append("| job attempts that failed and were retried (a figure)");
    faults.forEach(f -> md.append(" | ").append(f.failedAttempts()));
    md.append(" |\n\n");
    faults.forEach(f -> md.append("- ").append(f.run()).append(": funnel ").append(f.funnel())
        .append("; jobs run per node ").append(f.jobsPerNode()).append('\n'));
    return md.toString();
  }

  /** The invariant without the run's own figures in brackets, so the runs line up in one row. */
  private static String key(Invariants.Check check) {
    return check.name().replaceAll(" \\([^)]*\\d[^)]*\\)", "");
  }

  /** Into the file's fault section (made before the simulator's runs if missing), newest run first. */
  void writeInto(Path file) {
    if (faults.isEmpty()) {
      return;
    }
    String run = "### " + LocalDate.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores\n\n" + markdown();
    try {
      String old = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
      int begin = old.indexOf(BEGIN);
      String updated;
      if (begin < 0) {
        int runs = old.indexOf(RUNS);
        int at = runs < 0 ? old.length() : runs;
        updated = old.substring(0, at) + HEADER + BEGIN + "\n\n" + run + "\n" + END + "\n\n" + old.substring(at);
      } else {
        int after = begin + BEGIN.length();
        updated = old.substring(0, after) + "\n\n" + run + "\n" + old.substring(after).stripLeading();
      }
      Files.writeString(file, updated, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
