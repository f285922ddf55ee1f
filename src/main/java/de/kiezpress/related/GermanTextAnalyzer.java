package de.kiezpress.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns German text into term counts, the way Lucene's {@link GermanAnalyzer} would: lowercase,
 * split on letters and digits, drop stop words, normalise umlauts and ß, light stemming.
 *
 * <p>Not thread-safe: each analysing thread uses its own, sharing one {@link TermDictionary}.
 * The tokenizer is a hand-written loop over a char buffer, because it runs over every
 * character; Lucene's normalisation and stemming run once per new word form (see
 * {@link SurfaceFormCache}), so their token-stream overhead does not matter.
 */
final class GermanTextAnalyzer {

    /** Shorter tokens ("zu", "S1", "EU") carry little meaning and are mostly stop words anyway. */
    static final int MIN_TOKEN_LENGTH = 3;
    /** Longer "words" are URLs, file names or garbage, not German compounds. */
    static final int MAX_TOKEN_LENGTH = 64;
    /** Enough for the common forms of a big site; about 8 MB per thread when full. */
    private static final int MAX_CACHED_FORMS = 1 << 18;
    private static final CharArraySet STOP_WORDS = GermanAnalyzer.getDefaultStopSet();

    /** The counts of the terms of one text, in order of first occurrence. */
    record TermCounts(int[] termIds, int[] counts) {
        static final TermCounts NONE = new TermCounts(new int[0], new int[0]);
    }

    /**
     * For the characters of Latin-1 (all of German): the lowercase letter or digit, or 0 for a
     * separator. One table lookup per character instead of a chain of tests.
     */
    private static final char[] FOLDED = new char[256];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
    }

    private final TermDictionary dictionary;
    private final int maxTextLength;
    private final SurfaceFormCache cache = new SurfaceFormCache(MAX_CACHED_FORMS);
    private final TermCounter counter = new TermCounter();
    private final OneToken source = new OneToken();
    private final TokenStream normaliseAndStem =
            new GermanLightStemFilter(new GermanNormalizationFilter(source));
    private final CharTermAttribute stemmed = normaliseAndStem.getAttribute(CharTermAttribute.class);
    private final char[] token = new char[MAX_TOKEN_LENGTH];
    private char[] text = new char[1024];

    GermanTextAnalyzer(TermDictionary dictionary, int maxTextLength) {
        this.dictionary = dictionary;
        this.maxTextLength = maxTextLength;
    }

    TermCounts analyse(String input) {
        int length = Math.min(input.length(), maxTextLength);
        if (text.length < length + 1) {
            text = new char[Math.max(length + 1, 2 * text.length)];
        }
        input.getChars(0, length, text, 0);
        // A text cut inside a word would count the word's first half as a word of its own.
        boolean cutInsideWord = cutsInsideWord(input, length);
        text[length] = ' '; // a final separator ends the last token
        int tokenLength = 0;
        int hash = 0;
        boolean onlyDigits = true;
        for (int i = 0; i <= length; i++) {
            char c = text[i];
            char folded = c < FOLDED.length ? FOLDED[c] : Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
            if (folded != 0) {
                if (tokenLength < MAX_TOKEN_LENGTH) {
                    token[tokenLength] = folded;
                }
                tokenLength++;
                hash = 31 * hash + folded;
                onlyDigits &= folded <= '9';
                continue;
            }
            if (tokenLength >= MIN_TOKEN_LENGTH && tokenLength <= MAX_TOKEN_LENGTH && !onlyDigits
                    && (i < length || !cutInsideWord)) {
                int termId = termOf(tokenLength, hash);
                if (termId >= 0) {
                    counter.add(termId);
                }
            }
            tokenLength = 0;
            hash = 0;
            onlyDigits = true;
        }
        return counter.takeCounts();
    }

    /**
     * Whether a text read only up to {@code length} is cut inside a word: then the word's first
     * half is no word of its own. Together with those characters, all the analysis depends on.
     */
    static boolean cutsInsideWord(String input, int length) {
        return length < input.length() && Character.isLetterOrDigit(input.charAt(length));
    }

    private int termOf(int length, int rawHash) {
        int mixed = rawHash * 0x9E37_79B9;
        int hash = mixed ^ mixed >>> 16;
        int cached = cache.get(token, length, hash);
        if (cached != SurfaceFormCache.MISSING) {
            return cached;
        }
        int termId = STOP_WORDS.contains(token, 0, length)
                ? SurfaceFormCache.DROPPED
                : dictionary.idOf(normaliseAndStem(length));
        cache.put(token, length, hash, termId);
        return termId;
    }

    private String normaliseAndStem(int length) {
        try {
            source.set(token, length);
            normaliseAndStem.reset();
            normaliseAndStem.incrementToken();
            String term = stemmed.toString();
            normaliseAndStem.end();
            return term;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory token stream failed", e);
        }
    }

    /** A token stream that yields exactly the one token it was given. */
    private static final class OneToken extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private char[] chars;
        private int length;
        private boolean pending;

        void set(char[] newChars, int newLength) {
            chars = newChars;
            length = newLength;
            pending = true;
        }

        @Override
        public boolean incrementToken() {
            if (!pending) {
                return false;
            }
            clearAttributes();
            term.copyBuffer(chars, 0, length);
            pending = false;
            return true;
        }
    }
}
