package mosaic.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import mosaic.search.Entity;

/**
 * A deterministic synthetic report archive for benchmarks: pseudo-words drawn with a Zipf-like
 * skew (so some terms are common and most are rare, as in real text), with actor and place names
 * in their spelling variants mixed in.
 */
public final class Corpus {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "tu", "ra", "ne", "bo", "si", "da", "fe", "gu", "ho", "ji", "ku",
        "la", "mo", "nu", "pa", "re", "sa", "ti", "vo", "wa", "ye", "zu", "an", "el", "or", "is", "um"};
    private static final String[] ACTOR_NAMES = {"Mai-Mai Mazembe|Mayi-Mayi|Maimai", "Front for the Liberation of Carana|FLC",
        "Carana Armed Forces|FACA|Forces armées caranaises", "Nduma Defence|NDC|Nduma Défense", "Raia Mutomboki|Raïa Mutomboki",
        "Allied Democratic Forces|ADF", "Twirwaneho|Twigwaneho", "CODECO|Cooperative for Development", "Red Tabara|RED-Tabara",
        "Nyatura|Nyatura Kalume"};
    private static final String[] PLACES = {"Kilo|-1.0|29.0", "Bunia|1.56|30.25", "Djugu|1.92|30.50", "Mahagi|2.30|30.99",
        "Beni|0.49|29.47", "Butembo|0.14|29.29", "Uvira|-3.40|29.14", "Fizi|-4.30|28.94", "Walikale|-1.42|28.05", "Masisi|-1.40|28.82"};
    private static final String[] TYPES = {"daily-sitrep", "flash-report", "patrol-report", "jpt-report", "code-cable",
        "weekly-threat-assessment", "open-source"};

    private final Random random;
    private final String[] words;

    /** A corpus generator with a vocabulary of {@code vocabulary} words. */
    public Corpus(long seed, int vocabulary) {
        this.random = new Random(seed);
        this.words = new String[vocabulary];
        for (int i = 0; i < vocabulary; i++) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = w.toString();
        }
    }

    /** The actors and places whose names appear in the text. */
    public static List<Entity> entities() {
        List<Entity> list = new ArrayList<>();
        for (int i = 0; i < ACTOR_NAMES.length; i++) {
            List<String> names = List.of(ACTOR_NAMES[i].split("\\|"));
            list.add(new Entity("actor-" + i, Entity.Kind.ACTOR, names.get(0), names, null, null));
        }
        for (int i = 0; i < PLACES.length; i++) {
            String[] p = PLACES[i].split("\\|");
            list.add(new Entity("place-" + i, Entity.Kind.PLACE, p[0], List.of(p[0]), Double.valueOf(p[1]), Double.valueOf(p[2])));
        }
        return list;
    }

    /** The report types used. */
    public static List<String> types() {
        return List.of(TYPES);
    }

    /** A word of the vocabulary, common ones more often. */
    public String word() {
        double u = random.nextDouble();
        return words[(int) Math.min(words.length - 1, Math.floor(Math.pow(u, 3) * words.length))];
    }

    /** A rare word (from the vocabulary's tail). */
    public String rareWord() {
        return words[words.length / 2 + random.nextInt(words.length / 2)];
    }

    /** One paragraph of about {@code n} words with names mixed in. */
    public String paragraph(int n) {
        StringBuilder b = new StringBuilder(n * 7);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(i % 12 == 0 ? ". " : " ");
            }
            int r = random.nextInt(100);
            if (r < 2) {
                String[] names = ACTOR_NAMES[random.nextInt(ACTOR_NAMES.length)].split("\\|");
                b.append(names[random.nextInt(names.length)]);
            } else if (r < 4) {
                b.append(PLACES[random.nextInt(PLACES.length)].split("\\|")[0]);
            } else {
                b.append(word());
            }
        }
        return b.append('.').toString();
    }

    /** A report's text: {@code paragraphs} paragraphs separated by blank lines. */
    public String report(int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0) {
                b.append("\n\n");
            }
            b.append(paragraph(30 + random.nextInt(60)));
        }
        return b.toString();
    }

    /** The random source, for callers that draw more from the same sequence. */
    public Random random() {
        return random;
    }
}
