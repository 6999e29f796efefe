package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryReferenceTest {

    @Test
    void plainHostWithPath() {
        RegistryReference ref = RegistryReference.parse("gcr.io/my-project/gitpod");
        assertEquals(new RegistryReference("", false, "gcr.io", Optional.empty(), "my-project/gitpod", false), ref);
        assertEquals("gcr.io", ref.hostAndPort());
        assertEquals("gcr.io/my-project/gitpod", ref.display());
    }

    @Test
    void schemeIsSeparated() {
        RegistryReference ref = RegistryReference.parse("https://registry.example.com/gitpod");
        assertEquals("https", ref.scheme());
        assertEquals("registry.example.com", ref.host());
        assertEquals("gitpod", ref.path());
        assertEquals("registry.example.com/gitpod", ref.display());
    }

    @Test
    void userinfoIsDroppedAndNeverKept() {
        RegistryReference ref = RegistryReference.parse("https://robot:pa@ss-w0rd@registry.example.com:5000/team");
        assertTrue(ref.hadUserinfo());
        assertEquals("registry.example.com", ref.host());
        assertEquals(Optional.of(5000), ref.port());
        assertEquals("registry.example.com:5000/team", ref.display());
        assertFalse(ref.toString().contains("robot"), ref.toString());
        assertFalse(ref.toString().contains("ss-w0rd"), ref.toString());
    }

    @Test
    void portIsParsedOnlyWhenNumeric() {
        assertEquals(
                Optional.of(443),
                RegistryReference.parse("harbor.example.com:443/gitpod").port());
        assertEquals(
                "harbor.example.com:443",
                RegistryReference.parse("harbor.example.com:443/gitpod").hostAndPort());
        RegistryReference named = RegistryReference.parse("harbor.example.com:https");
        assertEquals(Optional.empty(), named.port());
        assertEquals("harbor.example.com:https", named.host());
        assertEquals(
                Optional.empty(), RegistryReference.parse("host:123456").port(), "more than five digits is no port");
        assertEquals(Optional.empty(), RegistryReference.parse("host:").port());
        RegistryReference ipv6 = RegistryReference.parse("[::1]:5000/x");
        assertEquals("[::1]", ipv6.host());
        assertEquals(Optional.of(5000), ipv6.port());
    }

    @Test
    void whitespaceIsFlaggedAndRemoved() {
        RegistryReference padded = RegistryReference.parse("  gcr.io/project \n");
        assertTrue(padded.hadWhitespace());
        assertEquals("gcr.io", padded.host());
        assertEquals("project", padded.path());
        RegistryReference inner = RegistryReference.parse("gcr.io/my project");
        assertTrue(inner.hadWhitespace());
        assertEquals("myproject", inner.path());
        assertFalse(RegistryReference.parse("gcr.io/project").hadWhitespace());
    }

    @Test
    void trailingAndDoubledSlashesAreTrimmed() {
        assertEquals("project", RegistryReference.parse("gcr.io/project/").path());
        assertEquals("project", RegistryReference.parse("gcr.io//project//").path());
        RegistryReference bare = RegistryReference.parse("registry.example.com/");
        assertEquals("", bare.path());
        assertEquals("registry.example.com", bare.display());
    }

    @Test
    void hostIsLowerCasedButPathIsNot() {
        RegistryReference ref = RegistryReference.parse("REGISTRY.Example.COM/Team/Gitpod");
        assertEquals("registry.example.com", ref.host());
        assertEquals("Team/Gitpod", ref.path());
    }

    @Test
    void emptyValueHasAnEmptyHost() {
        assertEquals("", RegistryReference.parse("").host());
        assertEquals("", RegistryReference.parse("https://").host());
        assertEquals("", RegistryReference.parse("/path/only").host());
    }

    @Test
    void userinfoIsEverythingBeforeTheLastAtSign() {
        for (String password : new String[] {"wJalrPlant/SlashPw09XY", "pa@ss", "pa%2Fss", "a/b@c%d/e"}) {
            RegistryReference ref =
                    RegistryReference.parse("https://AKIAUSER:" + password + "@harbor.example.com/gitpod");
            assertTrue(ref.hadUserinfo(), password);
            assertEquals("harbor.example.com", ref.host(), password);
            assertEquals("gitpod", ref.path(), password);
            assertEquals("harbor.example.com/gitpod", ref.display(), password);
            assertFalse(ref.toString().contains("AKIAUSER"), ref.toString());
        }
        RegistryReference noScheme = RegistryReference.parse("robot:pass/word@registry.example.com:5000/team");
        assertEquals("registry.example.com:5000/team", noScheme.display());
    }

    @Test
    void theAtSignOfADigestIsNoUserinfo() {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        RegistryReference ref = RegistryReference.parse("registry.example.com/gitpod@" + digest);
        assertFalse(ref.hadUserinfo());
        assertEquals("registry.example.com", ref.host());
        RegistryReference both = RegistryReference.parse("https://robot:pw@registry.example.com/gitpod@" + digest);
        assertTrue(both.hadUserinfo());
        assertEquals("registry.example.com", both.host());
    }
}
