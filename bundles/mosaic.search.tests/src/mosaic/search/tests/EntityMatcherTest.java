package mosaic.search.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mosaic.search.Entity;
import mosaic.search.EntityMatcher;
import mosaic.search.SearchAnalyzer;

/**
 * The matcher skips most terms of a text without looking them up (a sketch of the terms that
 * begin a name); with thousands of names, every one of them is still found, in each way it can be
 * written, and words that begin no name link nothing.
 */
class EntityMatcherTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzéï";

    private static String word(Random random, int min, int max) {
        StringBuilder word = new StringBuilder();
        int length = min + random.nextInt(max - min + 1);
        for (int i = 0; i < length; i++) {
            word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    @Test
    void everyNameOfThousandsIsFoundAsWrittenJoinedAndSplit() {
        Random random = new Random(61206);
        SearchAnalyzer analyzer = new SearchAnalyzer();
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            String one = word(random, 3, 9);
            String two = word(random, 2, 6) + " " + word(random, 2, 6);
            entities.add(new Entity("e" + i, i % 2 == 0 ? Entity.Kind.ACTOR : Entity.Kind.PLACE, one, List.of(one, two), null, null));
        }
        EntityMatcher matcher = new EntityMatcher(analyzer, entities);
        Set<String> wholeNames = new HashSet<>();
        for (Entity entity : entities) {
            for (String name : entity.names()) {
                wholeNames.add(String.join("", analyzer.terms(name)));
            }
        }
        for (Entity entity : entities) {
            String one = entity.names().get(0);
            String two = entity.names().get(1);
            String[] halves = two.split(" ");
            List<String> texts = new ArrayList<>(List.of("Reported near " + one.toUpperCase() + " at dawn.", "Elements of " + two + " withdrew.",
                "Elements of " + halves[0] + "-" + halves[1] + " withdrew."));
            int cut = 1 + random.nextInt(one.length() - 1);
            if (!wholeNames.contains(String.join("", analyzer.terms(one.substring(0, cut))))) {
                texts.add("Seen: " + one.substring(0, cut) + " " + one.substring(cut) + "."); // else the longer match at the piece wins
            }
            for (String text : texts) {
                assertTrue(matcher.idsIn(text).contains(entity.id()), entity.id() + " in: " + text);
            }
        }
        assertEquals(Set.of(), matcher.idsIn("0123 4567 89 0000 1111 2222 3333 4444 5555"), "digits begin no name");
    }
}
