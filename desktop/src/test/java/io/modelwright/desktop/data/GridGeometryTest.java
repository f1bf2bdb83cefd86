package io.modelwright.desktop.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GridGeometryTest {
    /** Three columns: a short number, a long label, a header longer than its values. */
    private static final GridSource SOURCE = new GridSource() {
        @Override public int rowCount() { return 1_000_000; }
        @Override public int columnCount() { return 3; }
        @Override public String header(int column) { return new String[]{"x", "label", "a rather long name"}[column]; }
        @Override public boolean numeric(int column) { return column == 0; }
        @Override public String cellText(int column, int row) { return "v"; }
        @Override public int characters(int column) { return new int[]{1, 30, 18}[column]; }
    };

    @Test
    void rowsAreTwiceTheFontSizeHighAndFitTheViewport() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);

        assertThat(geometry.rowHeight()).isEqualTo(26);
        assertThat(geometry.headerHeight()).isEqualTo(30);
        assertThat(geometry.rowsInView(30 + 26 * 10 + 25)).isEqualTo(10);
        assertThat(geometry.rowsInView(10)).isEqualTo(1);

        geometry.setFontSize(18);
        assertThat(geometry.rowHeight()).isEqualTo(36);
    }

    @Test
    void widthsFollowTheCharactersWithAMinimumAndGrowWithTheFont() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);
        double narrow = geometry.columnWidth(0);
        double wide = geometry.columnWidth(1);
        double header = geometry.columnWidth(2);

        assertThat(narrow).isEqualTo(Math.ceil(13 * 5.5));
        assertThat(wide).isGreaterThan(30 * 13 * 0.6);
        assertThat(header).isBetween(narrow, wide);
        assertThat(geometry.dataWidth()).isEqualTo(narrow + wide + header);

        geometry.setFontSize(18);
        assertThat(geometry.columnWidth(1)).isGreaterThan(wide * 1.3);
    }

    @Test
    void theRowNumberColumnFitsTheLargestRowNumber() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);

        // "1000000" is 7 digits: wider than the 4-em minimum.
        assertThat(geometry.rowNumberWidth()).isGreaterThan(7 * 13 * 0.6).isGreaterThan(13 * 4);
    }

    @Test
    void findsTheRowUnderThePointerAndTheHeaderBorderWithinReach() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);

        assertThat(geometry.rowAt(10, 500)).isEqualTo(-1);
        assertThat(geometry.rowAt(30 + 1, 500)).isEqualTo(500);
        assertThat(geometry.rowAt(30 + 26 * 3 + 5, 500)).isEqualTo(503);
        assertThat(geometry.rowAt(30 + 5, 999_999)).isEqualTo(999_999);
        assertThat(geometry.rowAt(30 + 26 + 5, 999_999)).isEqualTo(-1);

        double firstBorder = geometry.rowNumberWidth() + geometry.columnWidth(0);
        assertThat(geometry.borderAt(firstBorder + 2, 0)).isEqualTo(0);
        assertThat(geometry.borderAt(firstBorder + 20, 0)).isEqualTo(-1);
        // Scrolled 10 pixels to the right, the border moves 10 pixels left.
        assertThat(geometry.borderAt(firstBorder - 10, 10)).isEqualTo(0);
    }

    @Test
    void aDraggedWidthWinsOverTheEstimateButNeverCollapses() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);

        geometry.setColumnWidth(1, 150);
        assertThat(geometry.columnWidth(1)).isEqualTo(150);
        geometry.setColumnWidth(1, -40);
        assertThat(geometry.columnWidth(1)).isEqualTo(24);
    }

    @Test
    void theStretchedColumnFillsTheViewportAndGivesWayWhenItIsNarrow() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);
        geometry.setRowNumbers(false);
        geometry.setStretchedColumn(1);
        double others = geometry.columnWidth(0) + geometry.columnWidth(2);

        geometry.setViewportWidth(2_000);
        assertThat(geometry.dataWidth()).isEqualTo(2_000);
        assertThat(geometry.left()).isZero();

        geometry.setViewportWidth(others + 100);
        assertThat(geometry.columnWidth(1)).isEqualTo(100);

        geometry.setViewportWidth(others);
        assertThat(geometry.columnWidth(1)).isEqualTo(Math.ceil(13 * 5.5));
    }

    @Test
    void aBoldHeaderLongerThanTheValuesSetsTheWidth() {
        GridGeometry geometry = new GridGeometry(SOURCE);
        geometry.setFontSize(13);

        // Column 2: header and values both 18 characters; the bold header is the wider.
        assertThat(geometry.columnWidth(2)).isEqualTo(Math.ceil(18 * 0.72 * 13 + 2 * geometry.padding()));
    }
}
