package dev.gitpodconfig.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckOptions;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.OmittedFindings;
import dev.gitpodconfig.engine.SkippedFile;
import dev.gitpodconfig.engine.SuppressedFinding;
import dev.gitpodconfig.filter.FilterSources;
import dev.gitpodconfig.filter.ResourceDirectory;
import dev.gitpodconfig.filter.ResourceFiltering;
import dev.gitpodconfig.find.ConfigFileFinder;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    private static final String TOOL = "plugin.jar|1|2 snakeyaml.jar|3|4";
    private static final String PLANTED_PASSWORD = "CachePlanted-7f3e";

    @TempDir
    Path project;

    private Path cacheFile;
    private Path config;

    @BeforeEach
    void files() throws Exception {
        cacheFile = project.resolve("target/gitpod-config/check-cache.txt");
        config = write(
                "gitpod/gitpod.config.yaml",
                Yaml.bareExternalRegistry("123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod"));
        write(
                "kots/values.yaml",
                "apiVersion: kots.io/v1beta1\nkind: ConfigValues\nspec:\n  values:\n    reg_password:\n"
                        + "      value: " + PLANTED_PASSWORD + "\n");
    }

    private Path write(String relative, String text) throws Exception {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        age(file);
        return file;
    }

    /** Files as old as a checkout's: a result depending on files changed in the last seconds is not kept. */
    private static void age(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
    }

    private CheckOptions options() {
        return CheckOptions.builder(project).build();
    }

    private ResultCache open(CheckOptions options, String tool) throws Exception {
        return ResultCache.open(cacheFile, tool, options, GitpodConfigChecker.findFiles(options));
    }

    private ResultCache open() throws Exception {
        return open(options(), TOOL);
    }

    /** Checks and keeps the result, as the Mojo does after a miss. */
    private CheckResult checkAndStore(List<Path> reports) throws Exception {
        CheckOptions options = options();
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        ResultCache cache = ResultCache.open(cacheFile, TOOL, options, files);
        assertTrue(cache.result().isEmpty(), "expected a miss");
        CheckResult result = Checks.checker(options).check(files);
        cache.store(result, reports);
        return result;
    }

    @Test
    void anUnchangedProjectGetsTheStoredResultBack() throws Exception {
        CheckResult result = checkAndStore(List.of());
        assertFalse(result.findings().isEmpty());
        CheckResult cached = open().result().orElseThrow();
        assertEquals(result, cached);
        assertEquals(
                result.findings().stream().map(Finding::fingerprint).toList(),
                cached.findings().stream().map(Finding::fingerprint).toList());
    }

    @Test
    void everyPartOfAResultSurvivesTheFile() throws Exception {
        Finding tricky = new Finding(
                "registry-url-format",
                Severity.WARNING,
                "gitpod/a b.yaml",
                new Position(3, 5, 4, 1),
                "containerRegistry.external.url",
                "tabs\tand\nnew lines\r\\ and \\N and \\t stay",
                null,
                "x\\y",
                "0123abcd");
        CheckResult result = new CheckResult(
                List.of(tricky),
                List.of("gitpod/a b.yaml", "kots/values.yaml"),
                List.of(
                        new SkippedFile("other.yaml", "not a Gitpod config", SkippedFile.Cause.NOT_GITPOD),
                        new SkippedFile("bad.yaml", "tab\there", SkippedFile.Cause.NOT_YAML),
                        new SkippedFile("ops/secret", "could not be read", true, true)),
                List.of(
                        new SuppressedFinding(
                                tricky.withSeverity(Severity.ERROR),
                                "moved in OPS-1",
                                LocalDate.of(2030, 1, 2),
                                Position.at(2, 3)),
                        new SuppressedFinding(tricky, "no date", null, null)),
                List.of("a note\nover two lines"),
                List.of(new OmittedFindings("big.yaml", 1, 2, 3)));
        ResultCache cache = open();
        cache.store(result, List.of());
        CheckResult read = open().result().orElseThrow();
        assertEquals(result, read);
        assertEquals("0123abcd", read.findings().get(0).fingerprint());
        Finding rejecting = new Finding(
                "config-unknown-key",
                Severity.ERROR,
                "gitpod/a b.yaml",
                Position.at(1, 1),
                "x",
                "m",
                "f",
                null,
                null,
                true);
        cache.store(
                new CheckResult(
                        List.of(rejecting), List.of("gitpod/a b.yaml"), List.of(), List.of(), List.of(), List.of()),
                List.of());
        assertTrue(open().result().orElseThrow().findings().get(0).installerRejects(), "installerRejects is kept");
        assertEquals(result.suppressed(), read.suppressed());
        assertEquals(result.omitted(), read.omitted());
    }

    @Test
    void aChangedFileIsAMiss() throws Exception {
        checkAndStore(List.of());
        Files.writeString(config, Files.readString(config).replace("false", "true "), StandardCharsets.UTF_8);
        age(config);
        Files.setLastModifiedTime(
                config, FileTime.from(Files.getLastModifiedTime(config).to(TimeUnit.SECONDS) + 1, TimeUnit.SECONDS));
        assertTrue(open().result().isEmpty(), "another modification time");
    }

    @Test
    void aFileOfAnotherSizeIsAMissEvenWithTheSameModificationTime() throws Exception {
        checkAndStore(List.of());
        FileTime time = Files.getLastModifiedTime(config);
        Files.writeString(config, Files.readString(config) + "domain: gitpod.example.com\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(config, time);
        assertTrue(open().result().isEmpty());
    }

    @Test
    void anAddedOrRemovedFileIsAMiss() throws Exception {
        checkAndStore(List.of());
        Path added = write("gitpod/second.config.yaml", "domain: gitpod.example.com\n");
        assertTrue(open().result().isEmpty(), "a file was added");
        Files.delete(added);
        assertTrue(open().result().isPresent(), "back as it was");
        Files.delete(config);
        assertTrue(open().result().isEmpty(), "a file was removed");
    }

    @Test
    void otherOptionsAnotherToolOrAnotherDayAreMisses() throws Exception {
        checkAndStore(List.of());
        assertTrue(open().result().isPresent());
        assertTrue(open(
                        CheckOptions.builder(project)
                                .skipRules(Set.of("registry-ecr-unsupported"))
                                .build(),
                        TOOL)
                .result()
                .isEmpty());
        assertTrue(
                open(CheckOptions.builder(project).excludes(List.of("kots/**")).build(), TOOL)
                        .result()
                        .isEmpty());
        assertTrue(open(
                        CheckOptions.builder(project)
                                .severities(Map.of("registry-ecr-unsupported", "warning"))
                                .build(),
                        TOOL)
                .result()
                .isEmpty());
        assertTrue(
                open(CheckOptions.builder(project).collectNotes(false).build(), TOOL)
                        .result()
                        .isEmpty(),
                "a result without the debug notes cannot serve a debug build, nor the other way round");
        assertTrue(open(options(), "plugin.jar|1|5 snakeyaml.jar|3|4").result().isEmpty(), "a rebuilt plugin jar");
        Clock tomorrow = Clock.fixed(Instant.now().plusSeconds(86_400), ZoneOffset.UTC);
        CheckOptions later = CheckOptions.builder(project).clock(tomorrow).build();
        assertTrue(open(later, TOOL).result().isEmpty(), "suppressions may have expired since");
    }

    @Test
    void theKeyHoldsEveryOptionAsTheOptionsSpellItOut() throws Exception {
        checkAndStore(List.of());
        // CheckOptionsTest shows that every option changes keyMaterial(); this shows that the cache keys on all of it.
        assertTrue(Files.readString(cacheFile)
                .contains(ResultCache.escape(options().keyMaterial())));
    }

    @Test
    void aFileChangedWithinTheLastSecondsIsNotTrustedToItsTime() throws Exception {
        checkAndStore(List.of());
        assertTrue(Files.exists(cacheFile));
        Files.writeString(config, Files.readString(config), StandardCharsets.UTF_8); // modified just now
        ResultCache cache = open();
        assertTrue(cache.result().isEmpty());
        cache.store(Checks.checkProject(project), List.of());
        assertFalse(Files.exists(cacheFile), "an edit in the same clock tick would leave the time unchanged");
    }

    @Test
    void aUserFileAtTheCachePathIsNeverReplacedOrRemoved() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "my notes\n", StandardCharsets.UTF_8);
        ResultCache cache = open();
        assertTrue(cache.result().isEmpty());
        IOException refused =
                assertThrows(IOException.class, () -> cache.store(Checks.checkProject(project), List.of()));
        assertTrue(
                refused.getMessage().endsWith(" exists and was not written by this plugin, so it is not replaced"),
                refused.getMessage());
        assertEquals("my notes\n", Files.readString(cacheFile));
        Files.writeString(config, Files.readString(config), StandardCharsets.UTF_8); // too recent to keep
        open().store(Checks.checkProject(project), List.of());
        assertEquals("my notes\n", Files.readString(cacheFile), "not removed either");
    }

    @Test
    void aDamagedOrForeignCacheFileIsAMiss() throws Exception {
        checkAndStore(List.of());
        String good = Files.readString(cacheFile);
        for (String bad : new String[] {
            "",
            "gitpod-config-cache 0\n" + good.substring(good.indexOf('\n') + 1),
            good.replace("\nEND\n", "\n"),
            good.replace("\nF\t", "\nF\tx\t"),
            good.replace("\nC\t", "\nQ\t"),
            good.replace("ERROR", "FATAL"),
            good.replace("\nK\t", "\nK\tx"),
            good + "C\tmore\n"
        }) {
            Files.writeString(cacheFile, bad, StandardCharsets.UTF_8);
            assertTrue(open().result().isEmpty(), bad);
        }
        Files.write(cacheFile, new byte[] {(byte) 0xC3, 0x28, '\n'});
        assertTrue(open().result().isEmpty());
    }

    @Test
    void reportsAreKeptOnlyWhenAllAreAsWritten() throws Exception {
        Path sarif = project.resolve("target/gitpod-config/gitpod-config.sarif");
        Files.createDirectories(sarif.getParent());
        Files.writeString(sarif, "{}");
        checkAndStore(List.of(sarif));
        assertTrue(open().reportsUnchanged(List.of(sarif)));
        assertFalse(open().reportsUnchanged(List.of()), "another set of formats");
        assertFalse(open().reportsUnchanged(
                        List.of(sarif, project.resolve("target/gitpod-config/gitpod-config-checkstyle.xml"))));
        Files.writeString(sarif, "{ }");
        assertFalse(open().reportsUnchanged(List.of(sarif)), "rewritten by someone else");
        Files.delete(sarif);
        assertFalse(open().reportsUnchanged(List.of(sarif)), "deleted");
    }

    @Test
    void theCacheHoldsNoFileContent() throws Exception {
        checkAndStore(List.of());
        String text = Files.readString(cacheFile);
        assertFalse(text.contains(PLANTED_PASSWORD));
        assertFalse(text.contains("dkr.ecr.eu-west-1.amazonaws.com/gitpod\n"));
        assertTrue(text.startsWith(ResultCache.HEADER + "\n"));
    }

    @Test
    void theNamesOfThePropertiesFilteringReadAreKeptAndFindTheResultAgain() throws Exception {
        Path resource = write("src/main/resources/gitpod/gitpod.config.yaml", Yaml.bareExternalRegistry("${reg.url}"));
        ResourceFiltering values = new FilterSources()
                .directories(
                        List.of(new ResourceDirectory(project.resolve("src/main/resources"), List.of(), List.of())))
                .projectProperties(Map.of("reg.url", "registry.example.com/gitpod", "unread", "x"), Map.of())
                .build(project, new ArrayList<>());
        CheckOptions options = CheckOptions.builder(project)
                .filtering(values.onlyFor(List.of(Files.readString(resource))))
                .build();
        List<ConfigFileFinder.FoundFile> files = GitpodConfigChecker.findFiles(options);
        ResultCache cache = ResultCache.open(cacheFile, TOOL, options, files);
        cache.store(Checks.checker(options).check(files), List.of());
        assertEquals(Optional.of(List.of("reg.url")), ResultCache.keptFilterNames(ResultCache.kept(cacheFile)));
        // The names find the kept result again without the file's text.
        CheckOptions again = CheckOptions.builder(project)
                .filtering(values.restrictTo(
                        ResultCache.keptFilterNames(ResultCache.kept(cacheFile)).orElseThrow()))
                .build();
        assertTrue(ResultCache.open(cacheFile, TOOL, again, files).result().isPresent());
        assertFalse(Files.readString(cacheFile).contains("unread"));
    }

    @Test
    void withoutFilteringNoNamesAreKept() throws Exception {
        assertEquals(Optional.empty(), ResultCache.keptFilterNames(ResultCache.kept(cacheFile)), "no cache file");
        checkAndStore(List.of());
        assertEquals(Optional.empty(), ResultCache.keptFilterNames(ResultCache.kept(cacheFile)));
        Files.writeString(cacheFile, "gitpod-config-cache 1\nP\tname\nEND\n");
        assertEquals(Optional.empty(), ResultCache.keptFilterNames(ResultCache.kept(cacheFile)), "another layout");
    }

    @Test
    void escapingIsReversible() {
        for (String text : new String[] {"", "plain", "\\", "\\N", "a\tb\nc\rd\\e", "\\\\t"}) {
            assertEquals(text, ResultCache.unescape(ResultCache.escape(text)));
        }
        assertEquals(null, ResultCache.unescape(ResultCache.escape(null)));
    }
}
