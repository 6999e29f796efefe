package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void splitsOnEveryYamlLineBreakAndIgnoresTheByteOrderMark() {
        SourceText text = new SourceText("\uFEFFa\r\nb\rc\nd\u2028e\n");
        assertEquals(6, text.lineCount());
        assertEquals(
                List.of("a", "b", "c", "d", "e", ""),
                List.of(text.line(1), text.line(2), text.line(3), text.line(4), text.line(5), text.line(6)));
        assertEquals("", text.line(0));
        assertEquals("", text.line(7));
    }

    @Test
    void slicesByCodePointColumnsAcrossLines() {
        SourceText text = new SourceText("k: \uD83D\uDE00x y\nnext: z\n");
        assertEquals("x", text.slice(new Position(1, 5, 1, 6)));
        assertEquals("\uD83D\uDE00x y\nnext", text.slice(new Position(1, 4, 2, 5)));
        assertEquals("", text.slice(Position.at(1, 4)));
        assertEquals("", text.slice(new Position(9, 1, 9, 2)));
        assertEquals(3, SourceText.offset("k: \uD83D\uDE00x", 4));
        assertEquals(5, SourceText.column("k: \uD83D\uDE00x", 5));
    }

    @Test
    void splitsLongTextsWithOnlyNewlinesAndWithMixedBreaksAlike() {
        StringBuilder unix = new StringBuilder();
        StringBuilder mixed = new StringBuilder();
        for (int n = 1; n <= 40; n++) {
            unix.append("line ").append(n).append('\n');
            mixed.append("line ").append(n).append(n % 3 == 0 ? "\r\n" : n % 3 == 1 ? "\n" : "\u2029");
        }
        for (SourceText text : new SourceText[] {new SourceText(unix.toString()), new SourceText(mixed.toString())}) {
            assertEquals(41, text.lineCount());
            for (int n = 1; n <= 40; n++) {
                assertEquals("line " + n, text.line(n));
            }
            assertEquals("", text.line(41));
        }
        assertEquals(1, new SourceText("").lineCount());
        assertEquals("", new SourceText("").line(1));
        assertEquals("no break", new SourceText("no break").line(1));
        assertEquals(2, new SourceText("\n").lineCount());
    }
}
