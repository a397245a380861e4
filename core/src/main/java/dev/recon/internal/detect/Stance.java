package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.kb.EntityType;
import dev.recon.kb.KnowledgeBase;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.model.Token;
import dev.recon.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a claim judges a relationship: its polarity (from the lexicon, with "not", "rather than" and
 * "instead of" turning the next judgement round), the span that carries it, and the parties it is
 * about.
 *
 * @param claim    the claim
 * @param polarity the sum of its judgements, after negation
 * @param span     from the verb before the first judgement word to the last one
 * @param parties  the states the relationship is between, as knowledge-base ids
 */
record Stance(Claim claim, int polarity, Span span, Set<String> parties) {


    /**
     * The stance of {@code c}, if it judges a relationship between two parties.
     *
     * @param topicPair the two states the texts are mostly about, which "the two countries" refers to
     */
    /**
     * Who can stand in a relationship: states (a capital standing for its government), organisations,
     * parties and people.
     */
    static boolean canBeParty(dev.recon.kb.Entity e) {
        return switch (e.type()) {
            case STATE, ORGANIZATION, PARTY, PERSON -> true;
            default -> false;
        };
    }

    static Optional<Stance> of(Claim c, Lexicon lexicon, KnowledgeBase kb, Set<String> topicPair) {
        List<Token> t = c.tokens();
        int polarity = 0;
        int first = -1;
        int last = -1;
        int flipFor = 0;
        for (int i = 0; i < t.size(); i++) {
            String lemma = t.get(i).lemma();
            String lower = t.get(i).lower();
            boolean flipper = lexicon.isNegation(lemma)
                    || (lower.equals("than") && i > 0 && t.get(i - 1).lower().equals("rather"))
                    || (lower.equals("of") && i > 0 && t.get(i - 1).lower().equals("instead"));
            if (flipper) {
                flipFor = 4;
                continue;
            }
            Token tok = t.get(i);
            // "Cold" in "the Cold War" is a name, not a judgement
            int p = c.entities().stream().anyMatch(m -> m.span().contains(tok.span())) ? 0 : lexicon.polarity(lemma);
            if (p != 0) {
                polarity += flipFor > 0 ? -p : p;
                flipFor = 0;
                if (first < 0) {
                    first = i;
                }
                last = i;
            } else if (flipFor > 0) {
                flipFor--;
            }
        }
        if (polarity == 0) {
            return Optional.empty();
        }
        Set<String> parties = new TreeSet<>();
        c.entities().stream()
                .map(m -> m.resolve(c.context()))
                .flatMap(Optional::stream)
                .map(e -> e.type() == EntityType.CITY ? kb.governmentOf(e) : e)
                .filter(Stance::canBeParty)
                .forEach(e -> parties.add(e.id()));
        boolean aboutRelation = t.stream().anyMatch(x -> lexicon.isRelationNoun(x.lemma()));
        boolean aboutPair = false;
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).lower();
            if ((w.equals("two") || w.equals("both")) && lexicon.isPairNoun(t.get(i + 1).lemma())) {
                aboutPair = true;
            }
        }
        if (parties.size() < 2 && (aboutPair || aboutRelation) && topicPair.size() == 2) {
            parties.addAll(topicPair);
        }
        if (parties.size() != 2 || !(aboutRelation || aboutPair || parties.equals(topicPair))) {
            return Optional.empty();
        }
        int from = first;
        while (from > 0 && first - from < 2 && !t.get(from - 1).isVerb()) {
            from--;
        }
        if (from > 0 && t.get(from - 1).isVerb()) {
            from--;
        } else {
            from = first;
        }
        Span span = new Span(t.get(from).span().start(), t.get(last).span().end());
        return Optional.of(new Stance(c, polarity, span, parties));
    }
}
