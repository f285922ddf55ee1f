package de.kiezpress.related;

import de.kiezpress.related.GermanTextAnalyzer.TermCounts;
import java.util.Map;

/**
 * The analysed texts of the documents of one build of the index (their terms and how often each
 * occurs), for the next build to take over: analysing the text is most of the work of a build,
 * and between two builds of a site in a preview only a few documents change. Everything that
 * depends on more than one document (document frequencies, weights, vectors, scores) is
 * computed again in every build, so a build with analyses from before gives exactly what a
 * build without them gives.
 *
 * <p>Get one from {@link RelatedIndex#analyses()} of an index built with
 * {@link RelatedIndex#build(java.util.List, RelatedSettings, TextAnalyses)}, starting from
 * {@link #NONE}. Immutable; a document's analysis is taken over when its id and the part of its
 * text that is analysed are the same. Keeps the texts: a caller that passes the very same string
 * for a document whose text did not change saves comparing it.
 */
public final class TextAnalyses {

    /** Nothing analysed yet: a build starting from these analyses every text. */
    public static final TextAnalyses NONE = new TextAnalyses(null, 0, Map.of(), TermDictionary.Alphabet.EMPTY);

    /** Null for {@link #NONE}. */
    final TermDictionary dictionary;
    final int maxTextLength;
    final Map<String, Analysis> byId;
    /** The dictionary's alphabetical order as the build that made these analyses knew it. */
    final TermDictionary.Alphabet alphabet;

    TextAnalyses(TermDictionary dictionary, int maxTextLength, Map<String, Analysis> byId,
            TermDictionary.Alphabet alphabet) {
        this.dictionary = dictionary;
        this.maxTextLength = maxTextLength;
        this.byId = byId;
        this.alphabet = alphabet;
    }

    /** How many documents' analyses are kept. */
    public int size() {
        return byId.size();
    }

    /** The analysis of this document's text as it was, if it still is what the text gives; else null. */
    Analysis reusable(String id, String text, int textLimit) {
        if (dictionary == null || maxTextLength != textLimit) {
            return null;
        }
        Analysis analysis = byId.get(id);
        return analysis != null && analysis.isOf(text, textLimit) ? analysis : null;
    }

    /**
     * One document's text and what analysing it gave, with ids of {@link #dictionary}. The text
     * is kept whole: a caller that passes the same string again is answered without comparing.
     */
    record Analysis(String text, TermCounts counts) {

        /** Whether analysing {@code other} gives these counts: what the analyser reads of it is the same. */
        boolean isOf(String other, int textLimit) {
            if (other == text) {
                return true;
            }
            int length = Math.min(other.length(), textLimit);
            return length == Math.min(text.length(), textLimit) && other.regionMatches(0, text, 0, length)
                    && GermanTextAnalyzer.cutsInsideWord(other, length) == GermanTextAnalyzer.cutsInsideWord(text, length);
        }
    }
}
