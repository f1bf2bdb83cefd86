package io.modelwright.desktop.data;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Shortens a cell's text with an ellipsis when it is wider than its column, as table cells do, instead of cutting
 * a letter in half. Text that cannot be too wide (a few characters, each at most a font size wide) is never
 * measured, so a frame of numbers costs no measuring at all.
 */
final class TextFitter {
    static final String ELLIPSIS = "…";
    /** The widest glyphs (M, W) are about one font size wide. */
    private static final double WIDEST_GLYPH_EM = 1.0;

    private final Text measure = new Text();

    /** @return {@code text}, or its longest beginning that fits {@code width} with an ellipsis after it */
    String fit(String text, Font font, double width) {
        if (text.length() * font.getSize() * WIDEST_GLYPH_EM <= width) {
            return text;
        }
        measure.setFont(font);
        if (width(text) <= width) {
            return text;
        }
        int fits = 0;
        int tooLong = text.length();
        while (tooLong - fits > 1) {
            int middle = (fits + tooLong) >>> 1;
            if (width(text.substring(0, middle) + ELLIPSIS) <= width) {
                fits = middle;
            } else {
                tooLong = middle;
            }
        }
        return fits == 0 ? ELLIPSIS : text.substring(0, fits).stripTrailing() + ELLIPSIS;
    }

    private double width(String text) {
        measure.setText(text);
        return measure.getLayoutBounds().getWidth();
    }
}
