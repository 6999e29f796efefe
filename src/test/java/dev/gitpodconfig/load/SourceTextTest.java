package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void splitsOnEveryYamlLineBreakAndIgnoresTheByteOrderMark() {
        SourceText text = new SourceText("\uFEFFa\r\nb\rc\nd\u2028e\n");
        assertEquals(6, text.lineCount());
        assertEquals(List.of("a", "b", "c", "d", "e", ""), List.of(text.line(1), text.line(2), text.line(3), text.line(4), text.line(5),
                text.line(6)));
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
}
