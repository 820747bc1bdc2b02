package kz.edu.leaders.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kz.edu.leaders.LeadersApplication;
import kz.edu.leaders.SecondNode;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * An application node as its own process, for the fault suite ({@link FaultSuite}), which kills it
 * with {@code kill -9}. The application as it ships, plus two things only a test needs: the engine
 * clock follows the offset the suite writes to a file (the cohort's timers move across processes), and
 * the job executor locks jobs in this incarnation's name, so the suite can tell whose locks a dead node left.
 *
 * <p>Arguments: the incarnation's name, the clock file, then the settings ({@code --key=value}).
 */
public final class FaultNode {

  private FaultNode() {
  }

  public static void main(String[] args) throws IOException {
    String incarnation = args[0];
    Path clock = Path.of(args[1]);
    followClock(clock, Path.of(args[1] + "." + incarnation + ".ack"));
    new SpringApplicationBuilder(LeadersApplication.class)
        .profiles("test")
        .initializers(context -> {
          context.getBeanFactory().registerSingleton("leaveOutTestConfigurations",
              new SecondNode.LeaveOutTestConfigurations());
          context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
              if (bean instanceof JobExecutor executor) {
                executor.setLockOwner(incarnation);
              }
              return bean;
            }
          });
        })
        .run(Arrays.copyOfRange(args, 2, args.length));
  }

  /** Applies the offset in the file whenever it changes, and says so in the acknowledgement file. */
  private static void followClock(Path clock, Path ack) throws IOException {
    applyOffset(clock, ack, null);
    Thread follower = new Thread(() -> {
      String applied = null;
      while (true) {
        try {
          applied = applyOffset(clock, ack, applied);
          Thread.sleep(20);
        } catch (IOException | RuntimeException e) {
          // the suite writes the file atomically; a read that failed is tried again
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "fault-node-clock");
    follower.setDaemon(true);
    follower.start();
  }

  private static String applyOffset(Path clock, Path ack, String applied) throws IOException {
    String offset = Files.readString(clock, StandardCharsets.UTF_8).trim();
    if (!offset.equals(applied)) {
      ClockUtil.offset(Long.parseLong(offset));
      NodeProcess.write(ack, offset);
    }
    return offset;
  }
}
