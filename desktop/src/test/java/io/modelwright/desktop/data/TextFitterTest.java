package io.modelwright.desktop.data;

import io.modelwright.desktop.testing.FxThread;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFitterTest {
    private static final Font FONT = Font.font("DejaVu Sans", 13);

    @BeforeAll
    static void toolkit() throws Exception {
        FxThread.start();
    }

    private static double width(String text) {
        Text t = new Text(text);
        t.setFont(FONT);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void textThatFitsIsLeftAlone() {
        TextFitter fitter = new TextFitter();

        assertThat(fitter.fit("499999.5", FONT, 200)).isEqualTo("499999.5");
        assertThat(fitter.fit("chevrolet chevelle malibu", FONT, width("chevrolet chevelle malibu") + 1))
                .isEqualTo("chevrolet chevelle malibu");
    }

    @Test
    void tooLongTextEndsWithAnEllipsisAndFits() {
        TextFitter fitter = new TextFitter();
        String text = "chevrolet chevelle malibu";
        double room = width(text) / 2;

        String fitted = fitter.fit(text, FONT, room);

        assertThat(fitted).endsWith(TextFitter.ELLIPSIS).hasSizeLessThan(text.length());
        assertThat(text).startsWith(fitted.substring(0, fitted.length() - 1));
        assertThat(width(fitted)).isLessThanOrEqualTo(room);
        // One more character would not have fitted (a space at the cut is dropped, so skip spaces).
        int next = fitted.length() - 1;
        while (text.charAt(next) == ' ') {
            next++;
        }
        String longer = text.substring(0, next + 1) + TextFitter.ELLIPSIS;
        assertThat(width(longer)).isGreaterThan(room);
    }

    @Test
    void noRoomAtAllLeavesTheEllipsis() {
        assertThat(new TextFitter().fit("Acceleration", FONT, 3)).isEqualTo(TextFitter.ELLIPSIS);
    }
}
