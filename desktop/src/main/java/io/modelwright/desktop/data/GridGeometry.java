package io.modelwright.desktop.data;

import java.util.Arrays;

/**
 * Where things are in the rows grid, in pixels, for one font size: row height, column widths (estimated from
 * each column's characters, or set by the user dragging a header border) and which row or border a point hits.
 * Holds no JavaFX nodes, so it is tested without a window.
 */
final class GridGeometry {
    /** Average advance of a digit or letter in DejaVu Sans / Segoe UI, as a share of the font size. */
    private static final double CHARACTER_WIDTH_EM = 0.62;
    /** The same in bold, for the headers. */
    private static final double HEADER_CHARACTER_WIDTH_EM = 0.72;
    private static final double CELL_PADDING_EM = 0.8;
    private static final double MIN_COLUMN_WIDTH_EM = 5.5;
    private static final double SMALLEST_DRAGGED_WIDTH = 24;
    /** How close to a header border (pixels) the pointer must be to drag it. */
    private static final double BORDER_GRAB = 4;

    private final GridSource source;
    private final int[] characters;
    private final int[] headerCharacters;
    private final double[] userWidths;
    private double fontSize = 13;
    private boolean rowNumbers = true;
    private int stretchedColumn = -1;
    private double viewportWidth;

    GridGeometry(GridSource source) {
        this.source = source;
        this.characters = new int[source.columnCount()];
        this.headerCharacters = new int[source.columnCount()];
        for (int c = 0; c < characters.length; c++) {
            characters[c] = source.characters(c);
            headerCharacters[c] = source.header(c).length();
        }
        this.userWidths = new double[source.columnCount()];
        Arrays.fill(userWidths, Double.NaN);
    }

    void setFontSize(double fontSize) {
        this.fontSize = fontSize;
    }

    double fontSize() {
        return fontSize;
    }

    void setRowNumbers(boolean shown) {
        rowNumbers = shown;
    }

    /**
     * The column that takes the width left over when the columns are narrower than the viewport, and gives some
     * up (down to the minimum) when they are wider, or -1.
     */
    void setStretchedColumn(int column) {
        stretchedColumn = column;
    }

    void setViewportWidth(double width) {
        viewportWidth = width;
    }

    /** @return where the data columns start: after the row numbers, when they are shown */
    double left() {
        return rowNumbers ? rowNumberWidth() : 0;
    }

    double rowHeight() {
        return Math.ceil(fontSize * 2);
    }

    double headerHeight() {
        return rowHeight() + 4;
    }

    double padding() {
        return Math.round(fontSize * CELL_PADDING_EM);
    }

    /** @return the width of the row-number column, enough for the largest row number */
    double rowNumberWidth() {
        int digits = Integer.toString(Math.max(1, source.rowCount())).length();
        return Math.max(fontSize * 4, Math.ceil((digits + 1) * fontSize * CHARACTER_WIDTH_EM + 2 * padding()));
    }

    double columnWidth(int column) {
        if (column == stretchedColumn && Double.isNaN(userWidths[column]) && viewportWidth > 0) {
            double others = 0;
            for (int c = 0; c < characters.length; c++) {
                others += c == column ? 0 : ownWidth(c);
            }
            return Math.max(minimumWidth(), Math.floor(viewportWidth - left() - others));
        }
        return ownWidth(column);
    }

    private double ownWidth(int column) {
        if (!Double.isNaN(userWidths[column])) {
            return userWidths[column];
        }
        double text = Math.max(characters[column] * CHARACTER_WIDTH_EM,
                headerCharacters[column] * HEADER_CHARACTER_WIDTH_EM);
        return Math.ceil(Math.max(minimumWidth(), text * fontSize + 2 * padding()));
    }

    private double minimumWidth() {
        return Math.ceil(fontSize * MIN_COLUMN_WIDTH_EM);
    }

    void setColumnWidth(int column, double width) {
        userWidths[column] = Math.max(SMALLEST_DRAGGED_WIDTH, width);
    }

    /** @return the data column at {@code x}, or -1 (row numbers, or right of the last column) */
    int columnAt(double x, double scrollX) {
        double right = left() - scrollX;
        if (x < left()) {
            return -1;
        }
        for (int c = 0; c < source.columnCount(); c++) {
            right += columnWidth(c);
            if (x < right) {
                return c;
            }
        }
        return -1;
    }

    /** @return the x where data column {@code column} starts, in a viewport scrolled by {@code scrollX} */
    double columnLeft(int column, double scrollX) {
        double x = left() - scrollX;
        for (int c = 0; c < column; c++) {
            x += columnWidth(c);
        }
        return x;
    }

    /** @return the total width of the data columns (the row-number column not included) */
    double dataWidth() {
        double total = 0;
        for (int c = 0; c < source.columnCount(); c++) {
            total += columnWidth(c);
        }
        return total;
    }

    /** @return how many whole rows fit in a viewport this high (header included), at least 1 */
    int rowsInView(double viewportHeight) {
        return Math.max(1, (int) Math.floor((viewportHeight - headerHeight()) / rowHeight()));
    }

    /**
     * @return the row under {@code y} in a viewport that starts at {@code firstRow}, or -1 in the header or below
     *         the last row
     */
    int rowAt(double y, int firstRow) {
        if (y < headerHeight()) {
            return -1;
        }
        int row = firstRow + (int) Math.floor((y - headerHeight()) / rowHeight());
        return row < source.rowCount() ? row : -1;
    }

    /**
     * @return the data column whose right header border is within reach of {@code x}, or -1; {@code scrollX} is
     *         how far the data columns are scrolled left
     */
    int borderAt(double x, double scrollX) {
        double right = left() - scrollX;
        for (int c = 0; c < source.columnCount(); c++) {
            right += columnWidth(c);
            if (right > left() && Math.abs(x - right) <= BORDER_GRAB) {
                return c;
            }
        }
        return -1;
    }
}
