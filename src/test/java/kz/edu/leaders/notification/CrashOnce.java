package kz.edu.leaders.notification;

import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Test only: fails the first time it runs, as a crash would, after the mail went out but before commit. */
@Component("crashOnce")
public class CrashOnce implements JavaDelegate {

  static final AtomicBoolean CRASH_NEXT = new AtomicBoolean();

  @Override
  public void execute(DelegateExecution execution) {
    if (CRASH_NEXT.getAndSet(false)) {
      throw new IllegalStateException("simulated crash between sending and committing");
    }
  }
}
