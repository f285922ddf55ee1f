package de.kiezpress.related;

/**
 * The recency factor {@code 1 + weight * 2^(-days / halfLife)} by days apart, computed once:
 * scoring looks it up for every candidate.
 */
final class RecencyTable {

    /** After 40 half-lives the bonus is below 10^-12: the table ends there and stays flat. */
    private static final int HALF_LIVES_TABULATED = 40;
    /** Some 2,900 years; with absurdly long half-lives the table stays flat beyond. */
    private static final int MOST_DAYS_TABULATED = 1 << 20;

    private final double[] factorByDays;

    RecencyTable(double weight, int halfLifeDays, long largestDaysApart) {
        long tabulated = Math.min((long) HALF_LIVES_TABULATED * halfLifeDays, MOST_DAYS_TABULATED);
        int length = (int) Math.min(largestDaysApart, tabulated) + 1;
        factorByDays = new double[length];
        for (int days = 0; days < length; days++) {
            // StrictMath: the same bits in every run, whether interpreted or compiled.
            factorByDays[days] = 1 + weight * StrictMath.pow(2, -(double) days / halfLifeDays);
        }
    }

    /** Never grows with the distance, which lets scoring stop walking a timeline early. */
    double factor(int daysApart) {
        return factorByDays[Math.min(Math.abs(daysApart), factorByDays.length - 1)];
    }
}
