package dev.gitpodconfig;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages depend on each other in one direction only, so each can be read, tested and changed
 * without the ones that use it; a package and its subpackages ({@code check.registry}) count as one. And the
 * loader stays a YAML loader: which files are Gitpod configuration is decided in {@code classify}.
 */
class PackageDependencyTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "gitpodconfig");
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.gitpodconfig\\.([a-z][a-z0-9]*)\\b");

    @Test
    void packagesDoNotDependOnEachOtherInACycle() throws IOException {
        Map<String, Map<String, Set<String>>> uses = dependencies();
        assertTrue(uses.keySet().containsAll(Set.of("load", "classify", "model", "check", "engine")), uses::toString);
        for (String start : uses.keySet()) {
            List<String> cycle = cycleFrom(start, start, uses, new ArrayList<>(List.of(start)), new TreeSet<>());
            assertTrue(
                    cycle.isEmpty(),
                    () -> "The packages " + String.join(" -> ", cycle)
                            + " depend on each other in a cycle; move the type that one of them needs into the other, or into "
                            + "the package both use. Where each dependency comes from: " + edges(cycle, uses));
        }
    }

    @Test
    void theLoaderKnowsNoGitpodKeys() throws IOException {
        Pattern gitpodKey = Pattern.compile("\"[^\"\\n]*(containerRegistry|objectStorage|ConfigValues)[^\"\\n]*\"");
        try (Stream<Path> files = Files.list(SOURCES.resolve("load"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher key = gitpodKey.matcher(Files.readString(file));
                assertFalse(
                        key.find(),
                        () -> file + " looks for the Gitpod key " + key.group(1)
                                + ": what a Gitpod file looks like is for the classify package to know");
            }
        }
    }

    /** Package to the packages it uses, each with the files that use it. */
    private static Map<String, Map<String, Set<String>>> dependencies() throws IOException {
        Map<String, Map<String, Set<String>>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String from = relative.getName(0).toString();
                Map<String, Set<String>> used = uses.computeIfAbsent(from, p -> new TreeMap<>());
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher reference = REFERENCE.matcher(line);
                    while (reference.find()) {
                        if (!reference.group(1).equals(from)) {
                            used.computeIfAbsent(reference.group(1), p -> new TreeSet<>())
                                    .add(relative.toString());
                        }
                    }
                }
            }
        }
        return uses;
    }

    /** A path from {@code at} back to {@code start}, or empty when there is none. */
    private static List<String> cycleFrom(
            String start,
            String at,
            Map<String, Map<String, Set<String>>> uses,
            List<String> path,
            Set<String> visited) {
        for (String next : uses.getOrDefault(at, Map.of()).keySet()) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (visited.add(next)) {
                path.add(next);
                List<String> cycle = cycleFrom(start, next, uses, path, visited);
                if (!cycle.isEmpty()) {
                    return cycle;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    private static String edges(List<String> cycle, Map<String, Map<String, Set<String>>> uses) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < cycle.size(); i++) {
            text.append("\n  ")
                    .append(cycle.get(i))
                    .append(" -> ")
                    .append(cycle.get(i + 1))
                    .append(": ")
                    .append(uses.get(cycle.get(i)).get(cycle.get(i + 1)));
        }
        return text.toString();
    }
}
