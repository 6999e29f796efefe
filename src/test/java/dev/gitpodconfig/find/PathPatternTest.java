package dev.gitpodconfig.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

    @ParameterizedTest(name = "{0} matches {1}: {2}")
    @CsvSource({
        "**/*.yaml, gitpod.config.yaml, true",
        "**/*.yaml, gitpod/gitpod.config.yaml, true",
        "**/*.yaml, a/b/c/d.yaml, true",
        "**/*.yaml, gitpod.config.yml, false",
        "**/*.yaml, gitpod.yaml.bak, false",
        "*.yaml, gitpod.config.yaml, true",
        "*.yaml, gitpod/gitpod.config.yaml, false",
        "gitpod/*.yaml, gitpod/a.yaml, true",
        "gitpod/*.yaml, gitpod/sub/a.yaml, false",
        "gitpod/*.yaml, other/a.yaml, false",
        "gitpod/**, gitpod/sub/a.yaml, true",
        "gitpod/, gitpod/sub/a.yaml, true",
        "./gitpod/*.yaml, gitpod/a.yaml, true",
        "gitpod\\*.yaml, gitpod/a.yaml, true",
        "?.yaml, a.yaml, true",
        "?.yaml, ab.yaml, false",
        "?.yaml, /.yaml, false",
        "a+b.yaml, a+b.yaml, true",
        "a+b.yaml, aab.yaml, false",
        "kots-config.(x).yaml, kots-config.(x).yaml, true",
        "**, any/thing/at/all.txt, true",
        "target/**, target/classes/x.yaml, true",
        "target/**, src/target/x.yaml, false",
        "**/node_modules/**, node_modules/pkg/x.yaml, true",
        "**/node_modules/**, web/app/node_modules/pkg/x.yaml, true",
        "**/node_modules/**, web/node_modules_old/x.yaml, false",
        "**/gitpod.config.yaml, deploy/prod/gitpod.config.yaml, true",
        "**/gitpod.config.yaml, deploy/prod/my-gitpod.config.yaml, false"
    })
    void matches(String pattern, String path, boolean expected) {
        assertEquals(expected, PathPattern.compile(pattern).matches(path));
    }

    @Test
    void directoryPatternsPruneWholeDirectories() {
        assertTrue(PathPattern.compile("target/**").matchesEverythingBelow("target"));
        assertTrue(PathPattern.compile("**/node_modules/**").matchesEverythingBelow("node_modules"));
        assertTrue(PathPattern.compile("**/node_modules/**").matchesEverythingBelow("web/app/node_modules"));
        assertTrue(PathPattern.compile("**/.git/**").matchesEverythingBelow(".git"));
        assertTrue(PathPattern.compile("build/").matchesEverythingBelow("build"));
        assertFalse(PathPattern.compile("target/**").matchesEverythingBelow("src"));
        assertFalse(PathPattern.compile("target/**").matchesEverythingBelow("src/target"));
        // A file pattern never prunes a directory, even one whose name it matches.
        assertFalse(PathPattern.compile("**/*.yaml").matchesEverythingBelow("x.yaml"));
        assertFalse(PathPattern.compile("target").matchesEverythingBelow("target"));
    }

    @Test
    void toStringIsThePatternAsWritten() {
        assertEquals("./gitpod/*.yaml", PathPattern.compile("./gitpod/*.yaml").toString());
    }
}
