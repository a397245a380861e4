package dev.recon.nlp;

/** One paragraph, written for these tests, in German, French and English: each long enough to judge. */
public final class Paragraphs {

    public static final String GERMAN = """
            Die Stadt wurde im Jahr 1865 am Ufer des Flusses gegründet und wuchs rasch zu einem wichtigen \
            Handelsplatz. Im Zweiten Weltkrieg wurde sie schwer beschädigt, doch nach dem Krieg bauten die \
            Einwohner die Altstadt Stück für Stück wieder auf. Heute leben dort etwa zwanzigtausend Menschen, \
            und die Brücke über den Fluss gilt als Wahrzeichen der Region.
            """;
    public static final String FRENCH = """
            La ville a été fondée en 1865 sur la rive du fleuve et elle est rapidement devenue un centre de \
            commerce important. Pendant la Seconde Guerre mondiale, elle a été gravement endommagée, mais après \
            la guerre les habitants ont reconstruit la vieille ville pierre par pierre. Aujourd'hui, environ \
            vingt mille personnes y vivent, et le pont sur le fleuve est devenu le symbole de la région.
            """;
    public static final String ENGLISH = """
            The town was founded in 1865 on the bank of the river and quickly grew into an important trading \
            post. During the Second World War it was badly damaged, but after the war the inhabitants rebuilt \
            the old town stone by stone. Today about twenty thousand people live there, and the bridge over the \
            river has become the emblem of the region.
            """;

    private Paragraphs() {
    }
}
