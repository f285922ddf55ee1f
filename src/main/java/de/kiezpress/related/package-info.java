/**
 * Ranks, for every article, the other articles most related to it by shared topics, the same
 * district and TF-IDF similarity of their German text, mildly preferring those close in time.
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
 * ordered newer first, then by slug, then by id. An article is never related to itself.
 *
 * <h2>Text vectors</h2>
 * Text is lowercased and split on letters and digits; tokens shorter than three characters,
 * pure numbers and Lucene's German stop words are dropped; the rest is normalised by Lucene's
 * {@code GermanNormalizationFilter} (ä→a, ae→a, ß→ss, …) and stemmed by its
 * {@code GermanLightStemFilter}, so "Bürgerbeteiligungen", "Buergerbeteiligung" and
 * "Bürgerbeteiligung" are one term. Each term is weighted {@code (1 + ln tf) * idf} with
 * {@code idf = 1 + ln((n + 1) / (df + 1))}. Terms found in only one article (they link it to
 * nothing) and terms found in more than {@code maxDocumentFrequency} of the articles (they say
 * nothing about it, like "Bezirk") are left out, and each article keeps only its
 * {@code termsPerDocument} heaviest terms, normalised to unit length.
 *
 * <h2>Why it is fast</h2>
 * No pair of articles is compared directly. Candidates are found through an inverted index of
 * those short vectors and through topic postings, their scores accumulated in primitive arrays,
 * and only the best {@code count} per article are kept in a bounded heap. Articles that share
 * nothing but the district are visited in order of distance in time and only while they can
 * still enter the list. Analysis and scoring run in parallel; every result depends only on the
 * input, never on the scheduling.
 */
package de.kiezpress.related;
