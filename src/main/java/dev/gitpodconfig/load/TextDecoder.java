package dev.gitpodconfig.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, honouring a byte-order mark and reporting the first byte that is not
 * valid in the encoding (with its line and column) instead of silently replacing it.
 */
final class TextDecoder {

    /** The outcome: the text, or the problem that stopped decoding. */
    record Decoded(String text, YamlProblem problem) {}

    private TextDecoder() {}

    static Decoded decode(byte[] bytes, Charset configured) {
        Charset charset = configured;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            return new Decoded(null, new YamlProblem(
                    YamlProblem.Kind.SYNTAX,
                    "the file is not valid " + charset.name() + " (byte 0x"
                            + String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF) + " at offset " + bad
                            + "); save it as UTF-8 or set the plugin's encoding parameter",
                    positionOfByte(bytes, bad),
                    ""));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }


    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Line and column of a byte offset, counting bytes; exact for ASCII-compatible encodings. */
    private static Position positionOfByte(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Position.at(line, offset - lineStart + 1);
    }
}
