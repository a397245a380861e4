package dev.recon.internal.detect;

import dev.recon.model.Claim;
import dev.recon.kb.EntityMention;
import dev.recon.internal.lexicon.Genericity;
import dev.recon.internal.lexicon.Lexicon;
import dev.recon.model.Token;
import dev.recon.model.TimeMention;
import java.util.List;

/**
 * What makes part of a claim a specific worth checking, and what does not: record claims, quoted
 * speech, attributions, conversions in parentheses, vague units, names that only qualify a noun.
 * Stateless.
 */
final class Specificity {

    /** Words around a name within which an attribution ("said", "according to") makes it a source. */
    private static final int ATTRIBUTION_REACH = 5;

    private Specificity() {
    }

    /** "11:11 pm local time (10:11 pm UTC)": the time in parentheses restates the one before it. */
    static boolean isConversion(Claim c, TimeMention t) {
        for (TimeMention p : c.times()) {
            if (p.span().end() <= t.span().start()) {
                String between = c.text().substring(p.span().end() - c.span().start(), t.span().start() - c.span().start());
                if (between.matches("[^()]{0,20}\\(\\s*")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "one day", "about a month": a single unit in words is a manner of speaking, not a measurement. */
    static boolean isVagueUnit(TimeMention t) {
        return t.value().matches("PT?1[A-Z]") && !t.text().chars().anyMatch(Character::isDigit);
    }

    /**
     * "the World Heavyweight title": a capitalised run that qualifies the common noun after it names a
     * kind of thing, not someone or something the claim introduces.
     */
    static boolean modifiesNoun(Claim c, EntityMention m) {
        for (Token t : c.tokens()) {
            if (t.span().start() >= m.span().end()) {
                return t.pos().equals("NOUN") && Character.isLowerCase(t.text().charAt(0));
            }
        }
        return false;
    }

    /**
     * "according to Tek Bahadur", "Elena Adams said", "citing the Interior Ministry": the name of who
     * says a thing is not a fact the claim states.
     */
    static boolean isAttributed(CheckContext ctx, Claim c, EntityMention m) {
        List<Token> toks = c.tokens();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!ctx.lexicon().isAttribution(t.lemma()) && !ctx.lexicon().isAttribution(t.lower())) {
                continue;
            }
            int before = t.span().start() - m.span().end();
            int after = m.span().start() - t.span().end();
            long between = toks.stream().filter(x -> before >= 0 ? x.span().start() >= m.span().end()
                    && x.span().end() <= t.span().start() : x.span().start() >= t.span().end()
                    && x.span().end() <= m.span().start()).count();
            if ((before >= 0 || after >= 0) && between <= ATTRIBUTION_REACH) {
                return true;
            }
        }
        return false;
    }

    /**
     * A record claim is checkable against the world even without a figure: a superlative ("the
     * deadliest", "the smallest difference") or a record word ("the first to regain"). Words inside
     * quotation marks are someone's speech, not the text's claim.
     */
    static boolean exclusive(CheckContext ctx, Claim c) {
        Lexicon lexicon = ctx.lexicon();
        List<Token> toks = c.tokens();
        boolean negated = toks.stream().anyMatch(t -> lexicon.isNegation(t.lemma()) || lexicon.isNegation(t.lower()));
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (inQuotation(ctx, c, t)) {
                continue;
            }
            // "have not reached another final since": a negated "since" claims a record too
            boolean record = lexicon.isRecord(t.lower()) && (!t.lower().equals("first") || firstAsRecord(toks, i))
                    || negated && t.lower().equals("since");
            boolean most = (t.lower().equals("most") || t.lower().equals("least")) && i + 1 < toks.size()
                    && toks.get(i + 1).pos().equals("ADJ");
            if (record || most || isSuperlative(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the first to regain the title", "the world's first call", "(X was the first)": a record; not
     * "the first round" or "his first defeat", which only count.
     */
    static boolean firstAsRecord(List<Token> toks, int i) {
        String before = (i >= 2 ? toks.get(i - 2).lower() : "") + (i >= 1 ? toks.get(i - 1).lower() : "");
        boolean possessivePlace = before.matches(".*(world|country|nation)['’]s");
        // "at first" is an idiom for "initially"
        boolean last = (i + 1 >= toks.size() || toks.get(i + 1).pos().equals("PUNCT")) && !(i >= 1 && toks.get(i - 1).lower().equals("at"));
        boolean toVerb = false;
        for (int k = i + 1; k + 1 < Math.min(toks.size(), i + 6); k++) {
            if (toks.get(k).lower().equals("to") && toks.get(k + 1).isVerb()) {
                toVerb = true;
            }
        }
        boolean ever = i + 1 < toks.size() && (toks.get(i + 1).lower().equals("ever") || toks.get(i + 1).lower().equals("time"));
        return possessivePlace || last || toVerb || ever;
    }

    /** "smallest", "deadliest": an adjective in its superlative form. */
    static boolean isSuperlative(Token t) {
        String w = t.lower();
        return w.length() > 5 && (w.endsWith("iest") || w.endsWith("est") && !w.equals(t.lemma()))
                && (t.pos().equals("ADJ") || t.pos().equals("ADV") || t.pos().equals("NOUN"));
    }

    /** Words inside quotation marks are someone's speech, not the text's own claim. */
    static boolean inQuotation(CheckContext ctx, Claim c, Token t) {
        return inQuotation(ctx, c, t.span().start());
    }

    static boolean inQuotation(CheckContext ctx, Claim c, int offset) {
        return ctx.source(c.sourceId()).quotations().inside(offset);
    }

    /**
     * Concrete content: the claim names at least one thing that is not an abstraction (a person, a
     * group, an object, a place, or a happening recon models), so another source could state it too.
     */
    static boolean concrete(Claim c, Lexicon lexicon, Genericity genericity) {
        return c.tokens().stream()
                .filter(t -> t.pos().equals("NOUN"))
                .map(Token::lemma)
                .anyMatch(l -> !genericity.isGeneric(l) && !lexicon.isStopword(l));
    }
}
