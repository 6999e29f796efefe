package dev.gitpodconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's rule catalogue and the code cannot drift: every rule in {@link Rules#all()} has a row in
 * the catalogue table (with its default severity) and a {@code ### <rule-id>} section, and the README
 * names no rule that does not exist.
 */
class ReadmeCatalogueTest {

    private static final Pattern ROW = Pattern.compile("^\\| \\[`([^`]+)`]\\(#([^)]+)\\) \\| (\\w+) \\|");
    private static final Pattern HEADING = Pattern.compile("^### (.+)$");

    private static final Map<String, String> TABLE = new LinkedHashMap<>();
    private static final List<String> SECTIONS = new ArrayList<>();
    private static final List<String> ANCHORS = new ArrayList<>();

    @BeforeAll
    static void readTheCatalogue() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Rule catalogue");
        assertTrue(start >= 0, "README.md has no '## Rule catalogue' section");
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                TABLE.put(row.group(1), row.group(3));
                ANCHORS.add(row.group(2));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                SECTIONS.add(heading.group(1).trim());
            }
        }
    }

    @Test
    void everyRuleHasARowAndEveryRowIsARule() {
        assertEquals(Set.of(), difference(Rules.ids(), TABLE.keySet()), "rules missing from the README's catalogue table");
        assertEquals(Set.of(), difference(TABLE.keySet(), Rules.ids()), "catalogue table rows naming no rule");
    }

    @Test
    void everyRuleHasASectionAndEverySectionIsARule() {
        assertEquals(Set.of(), difference(Rules.ids(), SECTIONS), "rules without a '### <rule-id>' section in the README");
        assertEquals(Set.of(), difference(SECTIONS, Rules.ids()), "README sections under '## Rule catalogue' naming no rule");
    }

    @Test
    void rowsLinkToTheirSectionAndStateTheDefaultSeverity() {
        assertEquals(new ArrayList<>(TABLE.keySet()), ANCHORS, "each row links to #<rule-id>");
        for (Rule rule : Rules.all()) {
            String documented = TABLE.get(rule.info().id());
            if (documented != null) {
                assertEquals(rule.info().defaultSeverity().id(), documented, "severity of " + rule.info().id() + " in the README");
            }
        }
    }

    private static Set<String> difference(Collection<String> all, Collection<String> minus) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(minus);
        return rest;
    }
}
