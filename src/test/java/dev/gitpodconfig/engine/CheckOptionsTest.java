package dev.gitpodconfig.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.filter.FilterValue;
import dev.gitpodconfig.filter.ResourceDirectory;
import dev.gitpodconfig.filter.ResourceFiltering;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The result cache's key is derived from every option, so that no option can be forgotten in it. */
class CheckOptionsTest {

    private static final Instant NOON = Instant.parse("2030-06-15T12:00:00Z");

    /**
     * For every option, nested ones by their dotted path, a value other than the default's. An option added to
     * {@link CheckOptions} (or to a record it holds) without a value here fails {@link #everyOptionChangesTheKey()}.
     */
    private static final Map<String, Object> OTHER_VALUES = Map.ofEntries(
            Map.entry("baseDirectory", Path.of("elsewhere")),
            Map.entry("configDirectory", Path.of("project", "gitpod")),
            Map.entry("includes", List.of("**/*.json")),
            Map.entry("excludes", List.of("old/**")),
            Map.entry("charset", StandardCharsets.ISO_8859_1),
            Map.entry("skipRules", Set.of("registry-ecr-unsupported")),
            Map.entry("gitlabRegistryHosts", List.of("cr.corp.example")),
            Map.entry("limits.maxFileBytes", 1024L),
            Map.entry("limits.maxNestingDepth", 7),
            Map.entry("limits.maxAliases", 3),
            Map.entry("limits.maxFindingsPerFile", 5),
            Map.entry("policy.severities", Map.of("registry-ecr-unsupported", "warning")),
            Map.entry("policy.nonSuppressibleRules", Set.of("registry-ecr-unsupported")),
            Map.entry("policy.clock", Clock.fixed(NOON.plusSeconds(86_400), ZoneOffset.UTC)),
            Map.entry("collectNotes", false),
            Map.entry(
                    "filtering.directories",
                    List.of(new ResourceDirectory(Path.of("src", "main", "resources"), List.of(), List.of()))),
            Map.entry("filtering.delimiters", List.of("@")),
            Map.entry("filtering.escapeString", "\\"),
            Map.entry("filtering.multiLine", true),
            Map.entry(
                    "filtering.values",
                    Map.of(
                            "gitpod.domain",
                            FilterValue.of("gitpod.domain", "gitpod.example", "the property in pom.xml"))));

    private static CheckOptions defaults() {
        // Filtering none rather than the builder's null, so that its components can be changed one by one.
        return CheckOptions.builder(Path.of("project"))
                .clock(Clock.fixed(NOON, ZoneOffset.UTC))
                .filtering(ResourceFiltering.NONE)
                .build();
    }

    @Test
    void everyOptionChangesTheKey() throws Exception {
        Set<String> options = new TreeSet<>();
        collectLeaves(CheckOptions.class, "", options);
        assertEquals(
                new TreeSet<>(OTHER_VALUES.keySet()),
                options,
                "a new option needs a value in OTHER_VALUES, so that this test can change it");
        CheckOptions defaults = defaults();
        for (String option : options) {
            CheckOptions changed = (CheckOptions) with(defaults, option, OTHER_VALUES.get(option));
            assertNotEquals(defaults, changed, option + ": the test's value is the default");
            assertNotEquals(defaults.keyMaterial(), changed.keyMaterial(), option + " does not change the cache key");
        }
    }

    @Test
    void theKeyNamesEveryOptionOnALineOfItsOwn() {
        String key = defaults().keyMaterial();
        for (String option : OTHER_VALUES.keySet()) {
            assertEquals(
                    1, key.lines().filter(line -> line.startsWith(option + " ")).count(), key);
        }
        assertTrue(key.contains("\nlimits.maxFileBytes 2097152\n"), key);
        assertTrue(key.contains("\npolicy.clock 2030-06-15\n"), "only the date of the clock counts: " + key);
    }

    @Test
    void theOrderOfSetsAndMapsAndTheTimeOfDayDoNotChangeTheKey() {
        Map<String, String> severities = new LinkedHashMap<>();
        severities.put("registry-ecr-unsupported", "warning");
        severities.put("config-unknown-key", "off");
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("config-unknown-key", "off");
        reversed.put("registry-ecr-unsupported", "warning");
        Set<String> rules = Set.of("registry-ecr-unsupported", "config-unknown-key", "registry-gitlab-unsupported");
        CheckOptions one = CheckOptions.builder(Path.of("project"))
                .severities(severities)
                .skipRules(rules)
                .clock(Clock.fixed(NOON, ZoneOffset.UTC))
                .build();
        CheckOptions other = CheckOptions.builder(Path.of("project"))
                .severities(reversed)
                .skipRules(new TreeSet<>(rules))
                .clock(Clock.fixed(NOON.plusSeconds(3_600), ZoneOffset.UTC))
                .build();
        assertEquals(one.keyMaterial(), other.keyMaterial());
        assertFalse(one.keyMaterial().contains("12:00"), one.keyMaterial());
    }

    /** The dotted paths of a record's components, descending into components that are records. */
    private static void collectLeaves(Class<?> type, String prefix, Set<String> into) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getType().isRecord()) {
                collectLeaves(component.getType(), prefix + component.getName() + ".", into);
            } else {
                into.add(prefix + component.getName());
            }
        }
    }

    /** A copy of a record with the component at a dotted path replaced, made with the canonical constructors. */
    private static Record with(Record record, String path, Object value) throws ReflectiveOperationException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = components[i].getAccessor().invoke(record);
            if (components[i].getName().equals(head)) {
                found = true;
                values[i] =
                        head.equals(path) ? value : with((Record) values[i], path.substring(head.length() + 1), value);
            }
        }
        assertTrue(found, path);
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        return (Record) canonical.newInstance(values);
    }
}
