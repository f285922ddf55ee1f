package de.kiezpress.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Draws from a list so that the item of rank r comes up in proportion to 1 / r^exponent. */
final class ZipfSampler<T> {

    private final List<T> items;
    private final double[] cumulative;

    ZipfSampler(List<T> items, double exponent) {
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double sum = 0;
        for (int rank = 1; rank <= items.size(); rank++) {
            sum += 1 / Math.pow(rank, exponent);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    T next(Random random) {
        int found = Arrays.binarySearch(cumulative, random.nextDouble());
        int index = found >= 0 ? found : -found - 1;
        return items.get(Math.min(index, items.size() - 1));
    }
}
