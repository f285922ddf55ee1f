package de.kiezpress.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Runs the named steps of a build and remembers how long each took. */
final class Steps {
    private final List<BuildResult.StepTime> times = new ArrayList<>();

    <T> T run(String name, Supplier<T> step) {
        long start = System.nanoTime();
        try {
            return step.get();
        } finally {
            times.add(new BuildResult.StepTime(name, Duration.ofNanos(System.nanoTime() - start)));
        }
    }

    void run(String name, Runnable step) {
        run(name, () -> {
            step.run();
            return null;
        });
    }

    List<BuildResult.StepTime> times() {
        return List.copyOf(times);
    }
}
