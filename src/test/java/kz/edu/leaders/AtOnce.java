package kz.edu.leaders;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs actions on threads of their own, released together: two users clicking at the same moment. */
public final class AtOnce {

  private AtOnce() {
  }

  /** @return each action's outcome, in the order given */
  @SafeVarargs
  public static <T> List<T> run(Callable<T>... actions) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(actions.length);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> action : actions) {
        futures.add(pool.submit(() -> {
          go.await();
          return action.call();
        }));
      }
      go.countDown();
      List<T> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        outcomes.add(future.get());
      }
      return outcomes;
    } finally {
      pool.shutdown();
    }
  }
}
