package io.modelwright.desktop.data;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the part of the rows grid in view onto a canvas: the header, the row numbers (which stay put when the
 * columns scroll sideways) and one text per visible cell, each column clipped to its width. Drawing text is all
 * a frame costs, whatever the number of rows or columns.
 */
final class GridPainter {
    static final String MISSING_MARK = "—";
    private static final String NO_ROWS = "This file has no data rows.";

    private final GridSource source;
    private final GridGeometry geometry;
    private final List<PaintedCell> painted = new ArrayList<>();
    private final TextFitter fitter = new TextFitter();
    private Font regular;
    private Font bold;
    private boolean rowNumbers = true;

    GridPainter(GridSource source, GridGeometry geometry) {
        this.source = source;
        this.geometry = geometry;
    }

    /** The state of the grid to draw: where it is scrolled to, what is selected. */
    record View(double width, double height, int firstRow, double scrollX, int selectedRow, boolean focusVisible) {
    }

    /**
     * One text drawn by the last {@link #paint}.
     *
     * @param row    the row, or -1 for the header
     * @param column the data column, or -1 for the row numbers
     */
    record PaintedCell(int row, int column, String text) {
    }

    /** @return the texts drawn in the last {@link #paint}, header and row numbers included, in drawing order */
    List<PaintedCell> painted() {
        return List.copyOf(painted);
    }

    void setRowNumbers(boolean shown) {
        rowNumbers = shown;
    }

    void paint(GraphicsContext gc, View view, GridColors colors, Font font) {
        painted.clear();
        if (!font.equals(regular)) {
            // Looking a font up by name costs more than drawing a frame's text: once per font change only.
            regular = font;
            bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        }
        double rowHeight = geometry.rowHeight();
        double headerHeight = geometry.headerHeight();
        int lastRow = Math.min(source.rowCount(), view.firstRow() + geometry.rowsInView(view.height()) + 1);
        gc.setTextBaseline(VPos.CENTER);

        gc.setFill(colors.background());
        gc.fillRect(0, 0, view.width(), view.height());
        for (int row = view.firstRow(); row < lastRow; row++) {
            boolean selected = row == view.selectedRow();
            if (selected || row % 2 == 1) {
                gc.setFill(selected ? colors.selection() : colors.stripe());
                gc.fillRect(0, top(row, view), view.width(), rowHeight);
            }
        }
        gc.setFill(colors.header());
        gc.fillRect(0, 0, view.width(), headerHeight);

        paintDataColumns(gc, view, colors, font, bold, lastRow);
        if (rowNumbers) {
            paintRowNumbers(gc, view, colors, font, bold, lastRow);
        }

        gc.setStroke(colors.line());
        gc.setLineWidth(1);
        gc.strokeLine(0, headerHeight - 0.5, view.width(), headerHeight - 0.5);
        if (source.rowCount() == 0) {
            gc.setFill(colors.muted());
            gc.setFont(font);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(NO_ROWS, view.width() / 2, headerHeight + (view.height() - headerHeight) / 2);
            painted.add(new PaintedCell(0, -1, NO_ROWS));
        }
        if (view.focusVisible()) {
            gc.setStroke(colors.focus());
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, view.width() - 2, view.height() - 2);
        }
    }

    private void paintDataColumns(GraphicsContext gc, View view, GridColors colors, Font font, Font bold,
                                  int lastRow) {
        double left = geometry.left();
        double padding = geometry.padding();
        double x = left - view.scrollX();
        for (int column = 0; column < source.columnCount() && x < view.width(); column++) {
            double width = geometry.columnWidth(column);
            if (x + width > left) {
                gc.save();
                gc.beginPath();
                gc.rect(Math.max(x, left), 0, Math.min(x + width, view.width()) - Math.max(x, left), view.height());
                gc.clip();
                boolean numeric = source.numeric(column);
                gc.setTextAlign(numeric ? TextAlignment.RIGHT : TextAlignment.LEFT);
                double textX = numeric ? x + width - padding : x + padding;
                double room = width - 2 * padding;
                gc.setFont(bold);
                gc.setFill(colors.text());
                text(gc, -1, column, fitter.fit(source.header(column), bold, room), textX,
                        geometry.headerHeight() / 2);
                gc.setFont(font);
                for (int row = view.firstRow(); row < lastRow; row++) {
                    String value = source.cellText(column, row);
                    boolean missing = value.isEmpty();
                    gc.setFill(missing ? colors.muted() : colors.text());
                    text(gc, row, column, missing ? MISSING_MARK : fitter.fit(value, font, room), textX,
                            middle(row, view));
                }
                gc.restore();
                gc.setStroke(colors.line());
                gc.setLineWidth(1);
                gc.strokeLine(x + width - 0.5, 0, x + width - 0.5, view.height());
            }
            x += width;
        }
    }

    private void paintRowNumbers(GraphicsContext gc, View view, GridColors colors, Font font, Font bold,
                                 int lastRow) {
        double width = geometry.rowNumberWidth();
        double textX = width - geometry.padding();
        gc.setFill(colors.header());
        gc.fillRect(0, 0, width, view.height());
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setFont(bold);
        gc.setFill(colors.text());
        text(gc, -1, -1, "#", textX, geometry.headerHeight() / 2);
        gc.setFont(font);
        for (int row = view.firstRow(); row < lastRow; row++) {
            if (row == view.selectedRow()) {
                gc.setFill(colors.selection());
                gc.fillRect(0, top(row, view), width, geometry.rowHeight());
            }
            gc.setFill(colors.muted());
            text(gc, row, -1, Integer.toString(row + 1), textX, middle(row, view));
        }
        gc.setStroke(colors.line());
        gc.setLineWidth(1);
        gc.strokeLine(width - 0.5, 0, width - 0.5, view.height());
    }

    private void text(GraphicsContext gc, int row, int column, String text, double x, double y) {
        gc.fillText(text, x, y);
        painted.add(new PaintedCell(row, column, text));
    }

    private double top(int row, View view) {
        return geometry.headerHeight() + (row - view.firstRow()) * geometry.rowHeight();
    }

    private double middle(int row, View view) {
        return top(row, view) + geometry.rowHeight() / 2;
    }
}
