/**
 * Ranks, for every article, the other articles most related to it by shared topics, the same
 * district and the TF-IDF similarity of their German text, mildly preferring those close in time.
 *
 * <h2>The score</h2>
 * For an article {@code a} and a candidate {@code b}:
 * <pre>
 *   base  = topicWeight    * |topics(a) ∩ topics(b)| / |topics(a) ∪ topics(b)|     (Jaccard, 0..1)
 *         + districtWeight * (a and b name the same district ? 1 : 0)
 *         + textWeight     * cosine(textVector(a), textVector(b))                  (0..1)
 *   score = base * (1 + recencyWeight * 2^(-|days between a and b| / recencyHalfLifeDays))
 * </pre>
 * Recency only multiplies: it reorders related articles but never makes an unrelated one
 * related. Only candidates with a positive score are returned, best first; equal scores are
 * ordered newer first, then by slug, then by id. An article is never related to itself. The
 * result is exact for this formula (a brute-force comparison of all pairs in the tests agrees)
 * and the same for the same input, whatever the order of the documents or the threads.
 *
 * <h2>Text vectors</h2>
 * Up to {@code maxTextLength} characters of the text are lowercased and split on letters and
 * digits; tokens shorter than three characters, pure numbers and Lucene's German stop words are
 * dropped; the rest is normalised by Lucene's {@code GermanNormalizationFilter} (ä→a, ae→a,
 * ß→ss) and stemmed by its {@code GermanLightStemFilter}, so "Bürgerbeteiligungen",
 * "Buergerbeteiligung" and "Bürgerbeteiligung" are one term. A term weighs
 * {@code (1 + ln tf) * (1 + ln((n + 1) / (df + 1)))}. Terms found in only one article (they link
 * it to nothing) and terms found in more than {@code maxDocumentFrequency} of the articles (they
 * say nothing about it, like "Bezirk") are left out; each article keeps its
 * {@code termsPerDocument} heaviest terms (ties: the alphabetically first), normalised to unit
 * length, and the cosine is taken between these short vectors.
 *
 * <h2>Why it is fast</h2>
 * No pair of articles is compared directly. Articles sharing text are found through an inverted
 * index of the short vectors, their dot products accumulated in primitive arrays; articles
 * sharing topics or the district are visited along date-ordered timelines, nearest first, and
 * every source stops as soon as a bound shows that nothing further can beat the weakest of the
 * best {@code count} found so far, kept in a bounded heap. Analysis and scoring run in parallel.
 *
 * <h2>Building again after a few changes</h2>
 * Most of a build is analysing the texts. A caller that builds again and again (a preview)
 * passes the {@link de.kiezpress.related.TextAnalyses} of the last index to the next build, which
 * analyses only texts that are new or changed and takes over the others' term counts. Document
 * frequencies, weights, vectors and every score are computed again from all documents, so the
 * result is exactly that of a build from scratch.
 */
package de.kiezpress.related;
