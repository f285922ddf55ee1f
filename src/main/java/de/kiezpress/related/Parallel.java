package de.kiezpress.related;

import java.util.Queue;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Runs work over index ranges on all cores, each block with a worker no other block uses meanwhile. */
final class Parallel {

    /** Big enough to make handing out a worker negligible, small enough to balance two cores. */
    static final int BLOCK_SIZE = 64;

    interface BlockTask<W> {
        void run(W worker, int from, int to);
    }

    interface RangeTask {
        void run(int from, int to);
    }

    private Parallel() {
    }

    /** Runs {@code task} over {@code [0, size)} in blocks, in parallel. */
    static void forEachBlock(int size, RangeTask task) {
        int blocks = (size + BLOCK_SIZE - 1) / BLOCK_SIZE;
        IntStream.range(0, blocks).parallel()
                .forEach(block -> task.run(block * BLOCK_SIZE, Math.min(size, (block + 1) * BLOCK_SIZE)));
    }

    /**
     * Runs {@code task} over {@code [0, size)} in blocks, in parallel. Workers (scratch space,
     * analysers) are taken from {@code idle}, created when none is free, and put back, so there
     * are never more of them than threads.
     */
    static <W> void forEachBlock(int size, Queue<W> idle, Supplier<W> newWorker, BlockTask<W> task) {
        int blocks = (size + BLOCK_SIZE - 1) / BLOCK_SIZE;
        IntStream.range(0, blocks).parallel().forEach(block -> {
            W worker = idle.poll();
            if (worker == null) {
                worker = newWorker.get();
            }
            try {
                task.run(worker, block * BLOCK_SIZE, Math.min(size, (block + 1) * BLOCK_SIZE));
            } finally {
                idle.offer(worker);
            }
        });
    }
}
