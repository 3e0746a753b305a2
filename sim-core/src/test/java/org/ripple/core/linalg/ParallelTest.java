package org.ripple.core.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The small task runner: every task once, failures rethrown, and calls from inside a task run on that thread. */
class ParallelTest {
  @Test
  void everyTaskRunsOnce() {
    AtomicIntegerArray runs = new AtomicIntegerArray(5);
    Parallel.run(5, runs::incrementAndGet);
    for (int t = 0; t < 5; t++) {
      assertThat(runs.get(t)).as("task %d", t).isEqualTo(1);
    }
  }

  /** A factorisation inside a task (say) must not queue work behind the pool thread that waits for it. */
  @Test
  void aCallFromInsideATaskRunsItsTasksOnThatThread() {
    int outer = 3;
    int inner = 4;
    Thread[] outerThreads = new Thread[outer];
    Thread[][] innerThreads = new Thread[outer][inner];
    Parallel.run(outer, t -> {
      outerThreads[t] = Thread.currentThread();
      Parallel.run(inner, u -> innerThreads[t][u] = Thread.currentThread());
    });
    for (int t = 0; t < outer; t++) {
      assertThat(innerThreads[t]).as("outer task %d", t).containsOnly(outerThreads[t]);
    }
  }

  @Test
  void aTasksFailureIsRethrown() {
    assertThatThrownBy(() -> Parallel.run(3, t -> {
      if (t == 2) {
        throw new IllegalArgumentException("task 2");
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("task 2");
  }
}
