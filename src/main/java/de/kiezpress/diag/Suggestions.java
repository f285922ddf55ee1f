package de.kiezpress.diag;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the name a user most likely meant ("titel" → "title", "Neukoln" → "Neukölln"). */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The candidate closest to {@code input} by edit distance (ignoring case and accents), if it
     * is close enough to be a plausible typo; ties go to the candidate that sorts first.
     */
    public static Optional<String> nearest(String input, Collection<String> candidates) {
        String wanted = fold(input);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String folded = fold(candidate);
            // An exact match (after folding) is 0, not 1 like a prefix: otherwise a longer name that
            // starts with the input and sorts first ("Neukolln-Nord" before "Neukölln") would win the tie.
            int distance = folded.equals(wanted) ? 0
                    : folded.startsWith(wanted) && wanted.length() >= 3 ? 1 : distance(wanted, folded);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** The "did you mean …?" hint, or an empty string when nothing is close. */
    public static String didYouMean(String input, Collection<String> candidates) {
        return nearest(input, candidates).map(s -> "did you mean \"" + s + "\"?").orElse("");
    }

    private static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace("ß", "ss")
                .replace("ä", "a").replace("ö", "o").replace("ü", "u");
        return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
