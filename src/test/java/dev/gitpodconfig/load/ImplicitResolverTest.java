package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class ImplicitResolverTest {

    private static final Resolver SNAKE = new Resolver();

    @Test
    void thePatternsComparedAsTextsAreStillTheOnesSnakeYamlCompiles() {
        // ImplicitResolver settles these without a matcher: a SnakeYAML that changes them must fail here.
        assertEquals("^(?:~|null|Null|NULL| )$", Resolver.NULL.pattern());
        assertEquals("^$", Resolver.EMPTY.pattern());
        assertEquals(
                "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$",
                Resolver.BOOL.pattern());
        assertEquals("^(?:<<)$", Resolver.MERGE.pattern());
        assertEquals("^(?:!|&|\\*)$", Resolver.YAML.pattern());
        assertEquals(
                "^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                        + "(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                        + "(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$",
                Resolver.TIMESTAMP.pattern());
    }

    @Test
    void resolvesWrittenScalarsAsSnakeYamlDoes() {
        List<String> values = new ArrayList<>(List.of(
                "",
                " ",
                "~",
                "null",
                "Null",
                "NULL",
                "nULL",
                "none",
                "name",
                "n",
                "y",
                "yes",
                "Yes",
                "YES",
                "no",
                "No",
                "NO",
                "on",
                "On",
                "off",
                "OFF",
                "true",
                "True",
                "TRUE",
                "false",
                "False",
                "tRUE",
                "team",
                "fuse",
                "0",
                "00",
                "012",
                "0o17",
                "0x1F",
                "0b101",
                "-0b1",
                "+12",
                "1_000",
                "190:20:30",
                "1:30",
                "6.8523015e+5",
                "685.230_15e+03",
                "1e3",
                ".5",
                "+.inf",
                "-.Inf",
                ".NaN",
                ".nan",
                ".",
                "-",
                "+",
                "2001-12-14",
                "2001-12-14t21:59:43.10-05:00",
                "2002-12-14",
                "<<",
                "<",
                "=",
                "!",
                "&",
                "*",
                "30Gi",
                "36h0m0s",
                "gitpod.example.com",
                "s3.eu-west-1.amazonaws.com",
                "ünïcode",
                "€",
                "\u0000",
                "a\u0000",
                "0123456789",
                "12345678901",
                "nullnullnu",
                "nullnullnul",
                "~~",
                "y y"));
        // Every first character, alone and before a few likely continuations.
        for (char c = 0; c < 300; c++) {
            values.add(String.valueOf(c));
            values.add(c + "ull");
            values.add(c + "1");
            values.add(c + "rue");
        }
        Random random = new Random(7);
        String alphabet = "0123456789+-._:eEoxbBinfINFaAlsuLrRyYnNtTOfFZ~<=!&* \t\u00e9";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(13);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(text.toString());
        }
        // Near-timestamps: the date's shape, then some of a time's characters.
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(
                    String.format("%04d-%d-%02d", random.nextInt(3000), random.nextInt(13), random.nextInt(32)));
            int length = random.nextInt(16);
            for (int j = 0; j < length; j++) {
                text.append("0123456789:.-+ \ttTZ".charAt(random.nextInt(19)));
            }
            values.add(text.toString());
        }
        for (String value : values) {
            for (boolean implicit : new boolean[] {true, false}) {
                assertSame(
                        SNAKE.resolve(NodeId.scalar, value, implicit),
                        ImplicitResolver.INSTANCE.resolve(NodeId.scalar, value, implicit),
                        () -> "'" + value + "', implicit " + implicit);
            }
        }
    }

    @Test
    void collectionsGetTheirStandardTags() {
        assertSame(Tag.SEQ, ImplicitResolver.INSTANCE.resolve(NodeId.sequence, null, true));
        assertSame(Tag.MAP, ImplicitResolver.INSTANCE.resolve(NodeId.mapping, null, true));
        assertSame(Tag.MAP, ImplicitResolver.INSTANCE.resolve(NodeId.mapping, null, false));
    }
}
