package dev.recon.internal.nlp;

/**
 * Keeps OpenNLP's logging from printing when the application has chosen no logging at all.
 *
 * <p>OpenNLP logs through SLF4J. An application with a logging backend (an SLF4J provider) gets
 * OpenNLP's messages there, as it should, and this class leaves it alone. An application without one
 * gets SLF4J's no-operation logger, but SLF4J first prints three lines to standard error saying so; a
 * library that prints is a defect, so in that case, and only then, SLF4J's own reporting is limited to
 * errors through its documented {@code slf4j.internal.verbosity} property, unless the application has
 * set that property or named a provider itself.
 */
public final class QuietLogging {

    /** SLF4J's property for the verbosity of its own reports (SLF4J 2.0.10 and later). */
    public static final String VERBOSITY = "slf4j.internal.verbosity";
    /** SLF4J's property naming a provider explicitly. */
    public static final String PROVIDER = "slf4j.provider";
    /** How an SLF4J 2 provider announces itself, and how an SLF4J 1 binding did. */
    private static final String[] BACKENDS = {"META-INF/services/org.slf4j.spi.SLF4JServiceProvider",
            "org/slf4j/impl/StaticLoggerBinder.class"};

    private QuietLogging() {
    }

    /** Called before any OpenNLP class logs; cheap, and harmless to call again. */
    public static void applyWhenNoBackend() {
        if (System.getProperty(VERBOSITY) != null || System.getProperty(PROVIDER) != null) {
            return;
        }
        ClassLoader loader = QuietLogging.class.getClassLoader();
        for (String backend : BACKENDS) {
            if (loader.getResource(backend) != null) {
                return;
            }
        }
        System.setProperty(VERBOSITY, "ERROR");
    }
}
