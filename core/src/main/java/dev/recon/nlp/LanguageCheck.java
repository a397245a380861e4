package dev.recon.nlp;

import dev.recon.internal.nlp.QuietLogging;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells whether a text is clearly in a language other than English, with OpenNLP's language detector.
 * recon's models, word lists and rules are English: other text gives garbage findings, so it is
 * better refused. It judges only when there is enough text and the detector is sure, because short
 * texts, lists and names fool it. Thread-safe; {@link #bundled()} loads the model once per process.
 */
public final class LanguageCheck {

    static {
        // before OpenNLP's language detector is loaded, since its classes create their loggers as they load
        QuietLogging.applyWhenNoBackend();
    }

    /** ISO 639-3 code the detector gives English. */
    private static final String ENGLISH = "eng";
    /**
     * Fewer letters than this (about two sentences) are not judged: on one sentence or a line of names
     * the detector is unsure and often wrong (a one-line English sentence scores English at 0.07 and a
     * list of Czech names Slovak at 0.09), and it needs two sentences or more to do well.
     */
    static final int MIN_LETTERS = 150;
    /**
     * The least confidence in another language that refuses a text. Three German sentences score
     * German at 0.88, while English prose, even short news items heavy with foreign names, never gives
     * another language more than a few hundredths.
     */
    static final double MIN_CONFIDENCE = 0.5;
    /** Characters from the start that are looked at: enough to judge, and bounded on a large file. */
    static final int SAMPLE_CHARS = 20_000;
    /**
     * The share of a text's words that are English marker words above which it is plainly English and
     * the 10 MB detector model need not be loaded. English prose scores 0.15 or more (the lowest among
     * the corpora and development clusters is 0.15); texts in other Latin-alphabet languages score
     * about 0, since the list leaves out words those languages share with English.
     */
    static final double MIN_ENGLISH_MARKER_SHARE = 0.08;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+(?:'\\p{L}+)*");
    private static final Set<String> MARKERS = markers();

    private static final Map<String, String> NAMES = languageNames();

    private final LanguageDetectorModel model;

    public LanguageCheck(LanguageDetectorModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** The detector shipped by {@code opennlp-models-langdetect}, loaded on first use and shared. */
    public static LanguageCheck bundled() {
        return Holder.INSTANCE;
    }

    /**
     * The language {@code text} is written in when that is clearly not English; empty when it is
     * English or there is too little text to tell.
     */
    public Optional<TextLanguage> notEnglish(String text) {
        if (!enoughToJudge(text) || plainlyEnglish(text)) {
            return Optional.empty();
        }
        String sample = sample(text);
        // a detector per call: the model is shared and immutable, the detector's helpers need not be
        Language best = new LanguageDetectorME(model).predictLanguage(sample);
        if (best.getLang().equals(ENGLISH) || best.getConfidence() < MIN_CONFIDENCE) {
            return Optional.empty();
        }
        return Optional.of(new TextLanguage(best.getLang(), NAMES.getOrDefault(best.getLang(), best.getLang()),
                best.getConfidence()));
    }

    /**
     * True when enough of the words at the start of {@code text} are English marker words that no
     * detector is needed: most sources are settled by this count, and the model is loaded only for the
     * rest.
     */
    public static boolean plainlyEnglish(String text) {
        java.util.regex.Matcher m = WORD.matcher(sample(text));
        int words = 0;
        int markers = 0;
        while (m.find()) {
            words++;
            if (MARKERS.contains(m.group().toLowerCase(Locale.ROOT))) {
                markers++;
            }
        }
        return words > 0 && (double) markers / words >= MIN_ENGLISH_MARKER_SHARE;
    }

    private static Set<String> markers() {
        try (InputStream in = LanguageCheck.class.getResourceAsStream("english-marker-words.txt")) {
            String text = new String(Objects.requireNonNull(in, "english-marker-words.txt").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English marker words", e);
        }
    }

    /** Whether {@code text} is long enough to judge; a shorter one needs no model loaded. */
    public static boolean enoughToJudge(String text) {
        return sample(text).codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() >= MIN_LETTERS;
    }

    private static String sample(String text) {
        return text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    }

    /**
     * A language the detector found.
     *
     * @param code       ISO 639-3 code, such as {@code deu}
     * @param name       its English name, such as "German", or the code when Java does not know it
     * @param confidence the detector's confidence, in (0, 1]
     */
    public record TextLanguage(String code, String name, double confidence) {
    }

    /** English names by ISO 639-3 code, from the two-letter languages Java knows. */
    private static Map<String, String> languageNames() {
        Map<String, String> names = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            Locale l = Locale.forLanguageTag(two);
            try {
                names.put(l.getISO3Language(), l.getDisplayLanguage(Locale.ENGLISH));
            } catch (MissingResourceException e) {
                // a language without a three-letter code cannot be one the detector names
            }
        }
        return Map.copyOf(names);
    }

    /** Loads the 10 MB model only when a text long enough to judge first comes along. */
    private static final class Holder {
        static final LanguageCheck INSTANCE = load();

        private static LanguageCheck load() {
            Properties names = new Properties();
            try (InputStream in = LanguageCheck.class.getResourceAsStream("models.properties")) {
                names.load(Objects.requireNonNull(in, "models.properties"));
                String name = names.getProperty("language");
                try (InputStream model = name == null ? null : LanguageCheck.class.getClassLoader().getResourceAsStream(name)) {
                    if (model == null) {
                        throw new IOException("language model '" + name + "' is not on the classpath");
                    }
                    return new LanguageCheck(new LanguageDetectorModel(model));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load the OpenNLP language detector model", e);
            }
        }
    }
}
