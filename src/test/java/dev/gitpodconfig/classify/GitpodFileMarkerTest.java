package dev.gitpodconfig.classify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.LoadLimits;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.load.SafeYamlLoader;
import dev.gitpodconfig.testing.Yaml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GitpodFileMarkerTest {

    private static final SafeYamlLoader LOADER = new SafeYamlLoader(LoadLimits.DEFAULTS, GitpodFileMarker.INSTANCE);

    private static LoadedFile load(byte[] bytes) {
        return LOADER.load(bytes, "conf/test.yaml", StandardCharsets.UTF_8);
    }

    @Test
    void marksFilesThatMentionAGitpodKey() {
        assertTrue(load(Yaml.utf8("containerRegistry: {}\n")).marked());
        assertTrue(load(Yaml.utf8("x: objectStorage\n")).marked());
        assertTrue(load(Yaml.utf8("kind: ConfigValues\n")).marked());
        assertFalse(load(Yaml.utf8("tasks:\n  - init: make\n")).marked());
        assertFalse(load(Yaml.utf8("containerregistry: {}\n")).marked(), "the words are matched exactly");
        assertTrue(load(Yaml.utf8("containerRegistry: [\n")).marked(), "also for a file that does not parse");
    }

    @Test
    void marksTheTopOfAnInstallerConfigThatDoesNotParse() {
        // The installer rejects these (unknown anchor, a tab in the indentation): they must not be skipped quietly.
        assertTrue(load(Yaml.utf8("apiVersion: v1\ndomain: gitpod.example.com\nhttpProxy: *undefined\n"))
                .marked());
        assertTrue(load(Yaml.utf8("\uFEFFdomain: g.example.com\r\napiVersion: v1\r\nopenVSX:\r\n\tproxy: {}\r\n"))
                .marked());
        assertTrue(GitpodFileMarker.INSTANCE.isIn(Yaml.utf8("\uFEFFapiVersion: v1\ndomain: x\n")), "raw bytes too");
        assertTrue(GitpodFileMarker.INSTANCE.isIn(Yaml.utf8("x: 1\ndomain: x\napiVersion: v1\n")));
        assertFalse(load(Yaml.utf8("apiVersion: v1\nkind: ConfigMap\ndata:\n  domain: x\n  y: *z\n"))
                .marked());
        assertFalse(GitpodFileMarker.INSTANCE.isIn(Yaml.utf8("apiVersion: v1\ndata:\n  domain: x\n")));
        assertFalse(
                load(Yaml.utf8("domain: gitpod.example.com\nx: *undefined\n")).marked(), "domain alone is common");
    }

    @Test
    void looksAtTheDecodedTextOrElseTheRawBytes() {
        byte[] utf16 = "\uFEFFobjectStorage: [\n".getBytes(StandardCharsets.UTF_16BE);
        assertFalse(GitpodFileMarker.INSTANCE.isIn(utf16), "UTF-16 bytes do not hold the ASCII word");
        assertTrue(load(utf16).marked(), "a UTF-16 file is decoded before it is searched");
        byte[] text = Yaml.utf8("objectStorage: x\n");
        byte[] undecodable = java.util.Arrays.copyOf(text, text.length + 2);
        undecodable[text.length] = (byte) 0xC3;
        undecodable[text.length + 1] = '(';
        LoadedFile file = load(undecodable);
        assertFalse(file.problems().isEmpty());
        assertTrue(file.marked(), "bytes that do not decode are searched as they are");
    }

    @Test
    void marksAnOversizedFileFromTheBytesRead() {
        SafeYamlLoader small = new SafeYamlLoader(new LoadLimits(100, 50, 50), GitpodFileMarker.INSTANCE);
        LoadedFile file =
                small.load(Yaml.utf8("objectStorage: x\n" + "#".repeat(200) + "\n"), "f.yaml", StandardCharsets.UTF_8);
        assertFalse(file.problems().isEmpty());
        assertTrue(file.marked());
    }
}
