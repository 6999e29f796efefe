package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteSearchTest {

    private static boolean contains(String haystack, String needle) {
        return ByteSearch.contains(haystack.getBytes(StandardCharsets.UTF_8), needle.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsWordsAnywhere() {
        assertTrue(contains("auths", "auths"));
        assertTrue(contains("{\"auths\":{}}", "auths"));
        assertTrue(contains("type: kubernetes.io/dockerconfigjson\n", "dockerconfigjson"));
        assertTrue(contains("aaauths", "auths"));
    }

    @Test
    void missesWhatIsNotThere() {
        assertFalse(contains("", "auths"));
        assertFalse(contains("auth", "auths"));
        assertFalse(contains("authz authx", "auths"));
    }
}
