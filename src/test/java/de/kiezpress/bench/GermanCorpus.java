package de.kiezpress.bench;

import static de.kiezpress.bench.GermanVocabulary.CITY;
import static de.kiezpress.bench.GermanVocabulary.DISTRICTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Synthetic German press releases of Berlin's districts, for benchmarks: the same seed and index
 * always give the same article, whatever else is generated.
 *
 * <p>Each article has a date in 2018–2025, one of the twelve districts or "Berlin", one to four
 * of forty topics (some much more common than others) and 300–900 words: about half function
 * words, the rest drawn with Zipf-like frequencies from the general vocabulary, from the
 * vocabulary of its topics and from the places of its district, with inflected forms, numbers,
 * quotes and rare compounds, so that word statistics look like those of real news text.
 */
public final class GermanCorpus {

    /** One generated article, with what a Markdown file would hold. */
    public record Article(String title, String slug, LocalDate date, String district,
            List<String> topics, String summary, List<String> paragraphs) {

        public Article {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(district, "district");
            topics = List.copyOf(topics);
            Objects.requireNonNull(summary, "summary");
            paragraphs = List.copyOf(paragraphs);
        }

        /** Whether the article is about the whole city rather than one district. */
        public boolean isCityWide() {
            return CITY.equals(district);
        }

        /** Title, summary and body as plain text, paragraphs separated by blank lines. */
        public String plainText() {
            return title + "\n\n" + summary + "\n\n" + String.join("\n\n", paragraphs);
        }
    }

    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 1, 1).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final ZipfSampler<String> FUNCTION_WORDS = new ZipfSampler<>(GermanVocabulary.FUNCTION_WORDS, 1.0);
    private static final ZipfSampler<String> GENERAL_WORDS = new ZipfSampler<>(GermanVocabulary.generalWords(), 1.05);
    private static final List<String> TOPIC_NAMES = List.copyOf(new TreeMap<>(GermanVocabulary.TOPICS).keySet());
    /** Some topics are far more common than others, as on a real site. */
    private static final ZipfSampler<String> TOPICS = new ZipfSampler<>(TOPIC_NAMES, 0.6);
    private static final Map<String, ZipfSampler<String>> TOPIC_WORDS = topicSamplers();
    private static final List<String> SPEAKERS = List.of(
            "sagt die Bezirksstadträtin", "erklärt der Bezirksbürgermeister", "betont die Projektleiterin",
            "sagt eine Anwohnerin", "so der Quartiersmanager", "erklärt die Jugendstadträtin");

    private final long seed;

    public GermanCorpus(long seed) {
        this.seed = seed;
    }

    /** The first {@code count} articles, generated in parallel; the list is always the same. */
    public List<Article> articles(int count) {
        return IntStream.range(0, count).parallel().mapToObj(this::article).toList();
    }

    /** Article number {@code index}: depends only on the seed and the index. */
    public Article article(int index) {
        Random random = new Random(mix(seed * 0x9E37_79B9_7F4A_7C15L + index));
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String district = random.nextInt(10) == 0 ? CITY : DISTRICTS.get(random.nextInt(DISTRICTS.size()));
        List<String> topics = topics(random);
        Writer writer = new Writer(random, district, topics);
        String title = writer.title();
        String summary = writer.sentence(14 + random.nextInt(11));
        int words = 300 + random.nextInt(601);
        List<String> paragraphs = new ArrayList<>();
        boolean quoted = random.nextInt(10) < 3;
        for (int written = 0; written < words; ) {
            int sentences = 3 + random.nextInt(4);
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < sentences && written < words; s++) {
                int length = Math.min(8 + random.nextInt(13), words - written);
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(writer.sentence(length));
                written += length;
            }
            paragraphs.add(quoted && paragraphs.size() == 1 ? writer.quote(paragraph) : paragraph.toString());
        }
        return new Article(title, slug(title) + "-" + (index + 1), date, district, topics, summary, paragraphs);
    }

    private static List<String> topics(Random random) {
        int wanted = new int[] {1, 1, 1, 2, 2, 2, 2, 3, 3, 4}[random.nextInt(10)];
        Set<String> topics = new LinkedHashSet<>();
        while (topics.size() < wanted) {
            topics.add(TOPICS.next(random));
        }
        return List.copyOf(topics);
    }

    /** Lowercase, umlauts spelled out, everything else a hyphen: "Grünflächen in Köpenick" → "gruenflaechen-in-koepenick". */
    static String slug(String title) {
        String spelledOut = title.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        String slug = spelledOut.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= 60 ? slug : slug.substring(0, 60).replaceAll("-[^-]*$", "");
    }

    /** SplitMix64's finaliser: neighbouring indexes give unrelated random streams. */
    private static long mix(long value) {
        long z = value + 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    private static Map<String, ZipfSampler<String>> topicSamplers() {
        Map<String, ZipfSampler<String>> samplers = new TreeMap<>();
        for (String topic : TOPIC_NAMES) {
            samplers.put(topic, new ZipfSampler<>(GermanVocabulary.topicWords(topic), 1.0));
        }
        return Map.copyOf(samplers);
    }

    /** Writes the sentences of one article. */
    private static final class Writer {
        private final Random random;
        private final String district;
        private final List<String> topics;
        private final List<String> places;

        Writer(Random random, String district, List<String> topics) {
            this.random = random;
            this.district = district;
            this.topics = topics;
            this.places = GermanVocabulary.PLACES.get(district);
        }

        String title() {
            String subject = topicWord();
            String adjective = GermanVocabulary.ADJECTIVES.get(random.nextInt(GermanVocabulary.ADJECTIVES.size()));
            String where = random.nextBoolean() ? district : places.get(random.nextInt(places.size()));
            return topics.get(0) + ": " + capitalised(adjective) + " " + subject + " in " + where;
        }

        String sentence(int words) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < words; w++) {
                String word = word();
                if (w == 0) {
                    word = capitalised(word);
                } else {
                    sentence.append(w % 7 == 6 && random.nextInt(3) == 0 ? ", " : " ");
                }
                sentence.append(word);
            }
            return sentence.append('.').toString();
        }

        String quote(CharSequence paragraph) {
            String text = paragraph.toString();
            return "„" + text.substring(0, text.length() - 1) + "“, " + SPEAKERS.get(random.nextInt(SPEAKERS.size())) + ".";
        }

        private String word() {
            int roll = random.nextInt(1000);
            if (roll < 470) {
                return FUNCTION_WORDS.next(random);
            }
            if (roll < 650) {
                return inflected(topicWord());
            }
            if (roll < 690) {
                return random.nextInt(4) == 0 ? district : places.get(random.nextInt(places.size()));
            }
            if (roll < 705) {
                return inflected(rareCompound());
            }
            if (roll < 715) {
                return number();
            }
            return inflected(GENERAL_WORDS.next(random));
        }

        private String topicWord() {
            return TOPIC_WORDS.get(topics.get(random.nextInt(topics.size()))).next(random);
        }

        /** One of some 700,000 three-part compounds: the long tail of German vocabulary. */
        private String rareCompound() {
            List<String> modifiers = GermanVocabulary.MODIFIERS;
            List<String> heads = GermanVocabulary.HEADS;
            String first = modifiers.get(random.nextInt(modifiers.size()));
            String second = modifiers.get(random.nextInt(modifiers.size()));
            String head = heads.get(random.nextInt(heads.size()));
            return GermanVocabulary.compound(GermanVocabulary.compound(first, second), head);
        }

        /** Nouns sometimes in the plural or genitive, so that the stemmer has work to do. */
        private String inflected(String word) {
            if (!Character.isUpperCase(word.charAt(0)) || random.nextInt(5) != 0) {
                return word;
            }
            if (word.endsWith("ung") || word.endsWith("schaft") || word.endsWith("in")) {
                return word + (word.endsWith("in") ? "nen" : "en");
            }
            if (word.endsWith("e")) {
                return word + "n";
            }
            return word + (random.nextBoolean() ? "s" : "e");
        }

        private String number() {
            return switch (random.nextInt(4)) {
                case 0 -> Integer.toString(2018 + random.nextInt(8));
                case 1 -> Integer.toString(2 + random.nextInt(98));
                case 2 -> (1 + random.nextInt(90)) + ".000";
                default -> (8 + random.nextInt(12)) + "." + (random.nextBoolean() ? "00" : "30") + " Uhr";
            };
        }

        private static String capitalised(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }
}
