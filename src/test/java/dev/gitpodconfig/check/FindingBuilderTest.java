package dev.gitpodconfig.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.testing.Yaml;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingBuilderTest {

    private static final RuleInfo RULE = RuleInfo.builder("some-rule")
            .severity(Severity.ERROR)
            .title("Some rule")
            .summary("summary")
            .description("description")
            .rationale("rationale")
            .fix("The rule's fix.")
            .source("A source", "https://example.com/source")
            .build();

    /** Keeps what the builder hands over, as the engine's sink would before masking. */
    private static final class Recorder implements FindingSink {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public RuleInfo rule() {
            return RULE;
        }

        @Override
        public String file() {
            return "gitpod.config.yaml";
        }

        @Override
        public void report(Finding finding) {
            findings.add(finding);
        }
    }

    private static final Position URL_POSITION = new Position(
            Yaml.INSTALLER_URL_LINE,
            Yaml.INSTALLER_URL_COLUMN,
            Yaml.INSTALLER_URL_LINE,
            Yaml.INSTALLER_URL_COLUMN + "registry.example.com/gitpod".length());

    private static ConfigValue url() {
        return Yaml.installer(Yaml.installerExternal("registry.example.com/gitpod"))
                .registry()
                .external()
                .orElseThrow()
                .url()
                .orElseThrow();
    }

    @Test
    void unsetPartsTakeTheRulesDefaults() {
        Recorder sink = new Recorder();
        sink.at(url()).message("Wrong.").report();
        assertEquals(
                List.of(new Finding(
                        "some-rule",
                        Severity.ERROR,
                        "gitpod.config.yaml",
                        URL_POSITION,
                        "containerRegistry.external.url",
                        "Wrong.",
                        "The rule's fix.")),
                sink.findings);
    }

    @Test
    void setPartsReplaceTheDefaults() {
        Recorder sink = new Recorder();
        sink.at(url())
                .severity(Severity.WARNING)
                .message("Wrong.")
                .fix("Do this.")
                .replacement("registry.example.org")
                .report();
        assertEquals(
                List.of(new Finding(
                        "some-rule",
                        Severity.WARNING,
                        "gitpod.config.yaml",
                        URL_POSITION,
                        "containerRegistry.external.url",
                        "Wrong.",
                        "Do this.",
                        "registry.example.org",
                        null)),
                sink.findings);
    }

    @Test
    void aValueTheFileLeavesOutGetsNoReplacement() {
        Recorder sink = new Recorder();
        ConfigValue endpoint =
                ConfigValue.defaulted("spec.values.store_s3_endpoint", "s3.amazonaws.com", Position.at(3, 1));
        sink.at(endpoint)
                .message("Wrong.")
                .replacement("s3.eu-west-1.amazonaws.com")
                .report();
        Finding finding = sink.findings.get(0);
        assertEquals(Position.at(3, 1), finding.position(), "reported where the value belongs");
        assertEquals("spec.values.store_s3_endpoint", finding.yamlPath());
        assertNull(finding.replacement(), "no text to replace");
    }

    @Test
    void aPositionKeepsItsReplacementAndAnotherFileCanBeNamed() {
        Recorder sink = new Recorder();
        sink.at(Position.at(4, 7), ".auths.gcr\\.io")
                .in("secrets/registry.yaml")
                .message("Wrong key.")
                .replacement("eu.gcr.io")
                .report();
        Finding finding = sink.findings.get(0);
        assertEquals("secrets/registry.yaml", finding.file());
        assertEquals(Position.at(4, 7), finding.position());
        assertEquals(".auths.gcr\\.io", finding.yamlPath());
        assertEquals("eu.gcr.io", finding.replacement());
    }

    @Test
    void aFindingWithoutAMessageIsAProgrammingError() {
        Recorder sink = new Recorder();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> sink.at(url()).fix("Do this.").report());
        assertTrue(e.getMessage().contains("some-rule"), e.getMessage());
        assertTrue(sink.findings.isEmpty());
    }
}
