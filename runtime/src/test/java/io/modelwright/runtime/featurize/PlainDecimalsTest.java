package io.modelwright.runtime.featurize;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainDecimalsTest {

    @Test
    void readsEdgeCasesBitForBitAsParseDouble() {
        for (String s : new String[] {"0", "-0", "-0.0", "+0", "0.000", "-0.000", "000123.4500", "00", ".5", "5.",
                "-.5", "+1", "-1", "123456789012345", "1234567890123456", "12345678901234567890",
                "0.123456789012345", "0.1234567890123456", "9007199254740993", "0.0000000000000000000001",
                "0.00000000000000000000001", "1.7976931348623157", "4.9", "0.1", "0.2", "0.3", "2.675",
                "999999999999999", "-999999999999999.0", "1.000000000000000", "0.3000000000000000"}) {
            assertSameAsParseDouble(s);
        }
        for (String s : new String[] {"-0.0", "0.000", ".5", "5.", "+1", "123456789012345", "0.1"}) {
            assertTrue(!Double.isNaN(PlainDecimals.parse(s)), s + " takes the fast path");
        }
    }

    @Test
    void leavesEverythingElseToParseDouble() {
        for (String s : new String[] {"", "-", "+", ".", "-.", "1e5", "1E5", "1.5e-3", "NaN", "Infinity",
                "-Infinity", "1d", "1f", "0x1p3", "1..2", "1.2.3", " 1", "1 ", "--1", "+-1", "1-", "1,5"}) {
            assertTrue(Double.isNaN(PlainDecimals.parse(s)), s);
        }
    }

    @Test
    void readsMillionsOfRandomDecimalsBitForBitAsParseDouble() {
        SplittableRandom random = new SplittableRandom(42);
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < 2_000_000; n++) {
            b.setLength(0);
            int sign = random.nextInt(4);
            if (sign == 0) {
                b.append('-');
            } else if (sign == 1) {
                b.append('+');
            }
            int intDigits = random.nextInt(n % 2 == 0 ? 6 : 18);
            for (int i = 0; i < intDigits; i++) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            if (random.nextInt(4) != 0) {
                b.append('.');
                int fractionDigits = random.nextInt(n % 3 == 0 ? 25 : 9);
                for (int i = 0; i < fractionDigits; i++) {
                    b.append((char) ('0' + random.nextInt(10)));
                }
            }
            assertSameAsParseDouble(b.toString());
        }
    }

    @Test
    void readsPrintedDoublesBitForBitAsParseDouble() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 300_000; n++) {
            double d = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(-8, 16));
            assertSameAsParseDouble(Double.toString(d));
            assertSameAsParseDouble(String.format(java.util.Locale.ROOT, "%." + random.nextInt(12) + "f", d));
        }
    }

    private static void assertSameAsParseDouble(String s) {
        double fast = PlainDecimals.parse(s);
        if (Double.isNaN(fast)) {
            return; // not a plain decimal: the caller falls back to Double.parseDouble
        }
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)), Double.doubleToRawLongBits(fast), s);
    }
}
