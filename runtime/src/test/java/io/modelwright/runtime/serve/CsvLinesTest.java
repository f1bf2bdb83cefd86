package io.modelwright.runtime.serve;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvLinesTest {
    @Test
    void splitsUnquotedAndQuotedFields() {
        assertThat(CsvLines.split("1.5,abc,,x")).containsExactly("1.5", "abc", "", "x");
        assertThat(CsvLines.split("")).containsExactly("");
        assertThat(CsvLines.split("a,\"b,c\",\"say \"\"hi\"\"\",d")).containsExactly("a", "b,c", "say \"hi\"", "d");
        assertThat(CsvLines.split("ab\"c,d\",e")).containsExactly("abc,d", "e");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> CsvLines.split("1,\"abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not closed");
    }

    @Test
    void fastPathSplitsExactlyAsTheCharacterByCharacterSplitter() {
        Random random = new Random(42);
        String alphabet = "ab1.,\" -";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = line.toString();
            List<String> expected;
            try {
                expected = reference(text);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> CsvLines.split(text, 3)).as(text)
                        .isInstanceOf(IllegalArgumentException.class);
                continue;
            }
            assertThat(CsvLines.split(text, 3)).as(text).isEqualTo(expected);
        }
    }

    /** The splitter as it was before the fast path: one character at a time. */
    private static List<String> reference(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed on this line");
        }
        fields.add(field.toString());
        return fields;
    }
}
