package io.modelwright.desktop.data;

import javafx.scene.paint.Paint;

/** The rows grid's colours, from the theme's CSS (see {@code .rows-grid} in modelwright.css). */
record GridColors(Paint background, Paint stripe, Paint header, Paint line, Paint text, Paint muted,
                  Paint selection, Paint focus) {
}
