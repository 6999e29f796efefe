package dev.gitpodconfig.check.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.load.SourceText;
import org.junit.jupiter.api.Test;

class DirectiveScannerTest {

    @Test
    void theMarkerInACommentMayBeADirective() {
        assertTrue(DirectiveScanner.mayHoldDirectives("# gitpod-config:ignore x -- y\nkind: x\n"));
        assertTrue(DirectiveScanner.mayHoldDirectives("domain: a # GITPOD-CONFIG:ignore x -- y"));
        assertTrue(
                DirectiveScanner.mayHoldDirectives("a: 1 # plain\r\nb: 2 # note ## Gitpod-Config:ignore x -- y\r\n"));
    }

    @Test
    void theMarkerOutsideCommentsIsNoDirective() {
        assertFalse(DirectiveScanner.mayHoldDirectives("name: gitpod-config\n"));
        assertFalse(DirectiveScanner.mayHoldDirectives("# a comment\nname: gitpod-config\n"));
        assertFalse(DirectiveScanner.mayHoldDirectives("a: 1 #\ngitpod-config: 2\n"));
        assertFalse(DirectiveScanner.mayHoldDirectives("a: 1 # gitpod-confi"));
        assertFalse(DirectiveScanner.mayHoldDirectives(""));
        assertFalse(DirectiveScanner.mayHoldDirectives("#"));
    }

    @Test
    void aLineFullOfHashesIsReadOnce() {
        // Each '#' must not restart a scan to the end of its line: this one would take minutes if it did.
        String hashes = "#".repeat(2_000_000);
        assertFalse(DirectiveScanner.mayHoldDirectives(hashes));
        assertTrue(DirectiveScanner.mayHoldDirectives(hashes + "gitpod-config"));
    }

    @Test
    void filesWithoutTheMarkerAreNotParsedForComments() {
        String text = "# only a comment\nkind: x\n";
        assertEquals(0, DirectiveScanner.scan(text, new SourceText(text)).size());
        String withDirective = "# gitpod-config:ignore registry-ecr-unsupported -- reason\nkind: x\n";
        assertEquals(
                1,
                DirectiveScanner.scan(withDirective, new SourceText(withDirective))
                        .size());
    }
}
