package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gitpodconfig.testing.Yaml;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scalars as gopkg.in/yaml.v2 2.4.0 resolves them and sigs.k8s.io/yaml turns them into text for Go strings. */
class GoScalarTest {

    private static GoScalar scalar(String yamlValue) {
        YamlScalar scalar =
                (YamlScalar) Yaml.root("v: " + yamlValue + "\n").get("v").orElseThrow();
        return GoScalar.of(scalar);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "y|BOOLEAN|true",
                "Y|BOOLEAN|true",
                "yes|BOOLEAN|true",
                "On|BOOLEAN|true",
                "TRUE|BOOLEAN|true",
                "n|BOOLEAN|false",
                "NO|BOOLEAN|false",
                "off|BOOLEAN|false",
                "False|BOOLEAN|false",
                "yEs|STRING|yEs",
                "tRUE|STRING|tRUE",
                "'yes'|STRING|yes",
                "!!str true|STRING|true",
                "!!bool \"true\"|BOOLEAN|true",
                "~|NULL|",
                "null|NULL|",
                "Null|NULL|",
                "NULL|NULL|",
                "'null'|STRING|null",
                "0123|INTEGER|83",
                "0x1F|INTEGER|31",
                "0b101|INTEGER|5",
                "0o17|INTEGER|15",
                "+12|INTEGER|12",
                "1_000|INTEGER|1000",
                "123456789012|INTEGER|123456789012",
                "-7|INTEGER|-7",
                "1.50|FLOAT|1.5",
                "12.50|FLOAT|12.5",
                "1e3|FLOAT|1000",
                "08|FLOAT|8",
                ".5|FLOAT|0.5",
                "1234567.0|FLOAT|1.234567e+06",
                "0.00001|FLOAT|1e-05",
                ".inf|NOT_A_NUMBER|+Inf",
                "-.Inf|NOT_A_NUMBER|-Inf",
                ".nan|NOT_A_NUMBER|NaN",
                "2022-11-03|STRING|2022-11-03",
                "1:30|STRING|1:30",
                "gitpod.example.com|STRING|gitpod.example.com"
            })
    void resolvesAsYamlV2(String yaml, GoScalar.Kind kind, String text) {
        GoScalar go = scalar(yaml);
        assertEquals(kind, go.kind(), yaml);
        assertEquals(text == null ? "" : text, go.text(), yaml);
    }

    @Test
    void floatsAreWrittenWithThePrecisionOfA32BitFloat() {
        assertEquals("1.2345679e+08", GoScalar.formatFloat32(new BigDecimal("123456789.0")));
        assertEquals("0.1", GoScalar.formatFloat32(new BigDecimal("0.1")));
        assertEquals("100000", GoScalar.formatFloat32(new BigDecimal("100000.0")));
    }
}
