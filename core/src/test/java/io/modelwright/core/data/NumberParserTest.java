package io.modelwright.core.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NumberParserTest {

    @Test
    void parsesCommonShapesExactlyLikeDoubleParseDouble() {
        for (String s : new String[] {"0", "-0", "12", "+7", "3.25", "-0.001", ".5", "5.", "1e3", "2.5E-4", "123456789012345678",
                "1234567890123456789012", "0.1", "0.30000000000000004", "9007199254740993", "1e-320", "1e308"}) {
            assertThat(NumberParser.parse(s, '.')).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void roundTripsRandomDoubles() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 10);
            String s = random.nextBoolean() ? Double.toString(v) : String.format(java.util.Locale.ROOT, "%.6f", v);
            assertThat(NumberParser.parse(s, '.')).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void readsInfinityButNotWhatOnlyJavaAccepts() {
        assertThat(NumberParser.parse("Infinity", '.')).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(NumberParser.parse("-infinity", '.')).isEqualTo(Double.NEGATIVE_INFINITY);
        for (String s : new String[] {"1f", "2d", "0x1p3", "NaN", "abc", "1,5", "1.2.3", "e5", "-", "1e"}) {
            assertThat(NumberParser.parse(s, '.')).as(s).isNaN();
        }
    }

    @Test
    void readsDecimalCommasWithThousandsDots() {
        assertThat(NumberParser.parse("1,5", ',')).isEqualTo(1.5);
        assertThat(NumberParser.parse("-1.234,5", ',')).isEqualTo(-1234.5);
        assertThat(NumberParser.parse("3.5", ',')).isEqualTo(3.5);
    }

    @Test
    void readsBytesExactlyAsItReadsStrings() {
        Random random = new Random(9);
        String[] shapes = {"0", "-0", "+7", ".5", "5.", "1e3", "2.5E-4", "1234567890123456789012", "9007199254740993",
                "1e-320", "1e308", "Infinity", "-inf", "1f", "0x1p3", "NaN", "abc", "1,5", "1.2.3", "e5", "-", "1e",
                "-1.234,5", "3.5", "", "1e+07", "1e0000001"};
        List<String> tokens = new ArrayList<>(List.of(shapes));
        for (int i = 0; i < 50_000; i++) {
            double v = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(30) - 15);
            tokens.add(random.nextBoolean() ? Double.toString(v) : String.format(java.util.Locale.ROOT, "%.5f", v));
        }
        for (String s : tokens) {
            byte[] bytes = ("  " + s + ",").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            for (char decimal : new char[] {'.', ','}) {
                assertThat(Double.doubleToRawLongBits(NumberParser.parse(bytes, 2, bytes.length - 1, decimal)))
                        .as(s).isEqualTo(Double.doubleToRawLongBits(NumberParser.parse(s, decimal)));
            }
        }
    }

    @Test
    void matchesMissingTokensInBytesAsInStrings() {
        MissingTokens tokens = new MissingTokens(List.of("", "NA", "n/a", "Null", "\u0131", "K\u00e4se", "-"));
        for (String s : new String[] {"", "na", "NA", "nA", "N/A", "null", "NULL", "i", "I", "-", "--", "x", "nan"}) {
            byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(tokens.indexOf(bytes, 0, bytes.length)).as(s).isEqualTo(tokens.indexOf(s));
        }
    }
}
