package io.modelwright.desktop.data;

/**
 * What the rows grid shows: a header per column and a text per cell. The grid asks only for the cells in view,
 * so a source over a million rows keeps nothing per row.
 */
interface GridSource {
    int rowCount();

    int columnCount();

    String header(int column);

    /** @return true for numbers, which the grid right-aligns */
    boolean numeric(int column);

    /** @return the cell's text as the file had it; empty when the value is missing */
    String cellText(int column, int row);

    /** @return about how many characters the column's values need (e.g. the longest of the first few) */
    int characters(int column);
}
