package io.modelwright.desktop.data;

import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * A grid of rows that draws only the cells in view onto one canvas (the Data screen's rows and its column list),
 * with scroll bars, a selected row, resizable columns (drag a header border), keyboard navigation (arrows, Page
 * Up/Down, Home/End; Ctrl+C copies the selected row), an optional tooltip per row and an action on a cell.
 * A {@code TableView} builds and styles a control per visible cell: showing a wide file froze the window for half
 * a second, and jumping to the last of a million rows for over 100 ms. Here a frame costs the text drawn,
 * whatever the file's size. Colours and font come from CSS ({@code .rows-grid}).
 */
public final class RowsGrid extends Region {
    private static final double SIDEWAYS_STEP = 40;
    /** Rows moved per line of wheel scrolling, when the system counts the wheel in lines. */
    static final int ROWS_PER_LINE = 1;

    private final GridSource source;
    private final GridGeometry geometry;
    private final GridPainter painter;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vertical = new ScrollBar();
    private final ScrollBar horizontal = new ScrollBar();
    private int firstRow;
    private double scrollX;
    private int selectedRow = -1;
    private int resizing = -1;
    private double resizeStartX;
    private double resizeStartWidth;
    private boolean adjustingBars;
    private CellAction onActivate;
    private IntFunction<String> rowTooltip;
    private Tooltip tooltip;
    private int hoveredRow = -1;

    /** What happens when a person clicks a cell, or presses Enter, Space or the menu key on the selected row. */
    @FunctionalInterface
    interface CellAction {
        /**
         * @param column the clicked data column, or -1 from the keyboard
         * @param anchor where a menu for the cell should open, in screen coordinates
         */
        void activate(int row, int column, Point2D anchor);
    }

    RowsGrid(GridSource source) {
        this.source = source;
        this.geometry = new GridGeometry(source);
        this.painter = new GridPainter(source, geometry);
        getStyleClass().add("rows-grid");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleRoleDescription("table");
        vertical.setOrientation(Orientation.VERTICAL);
        getChildren().addAll(canvas, vertical, horizontal);
        vertical.valueProperty().addListener((obs, old, value) -> {
            if (!adjustingBars) {
                showFrom((int) Math.round(value.doubleValue()));
            }
        });
        horizontal.valueProperty().addListener((obs, old, value) -> {
            if (!adjustingBars) {
                scrollX = value.doubleValue();
                requestLayout();
            }
        });
        // The focus ring shows when focus came from the keyboard, as on JavaFX's own controls.
        focusVisibleProperty().addListener((obs, old, visible) -> requestLayout());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::showResizeCursor);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::press);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> resizing = -1);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> hoveredRow = -1);
        addEventHandler(ScrollEvent.SCROLL, this::scroll);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        updateAccessibleText();
    }

    /** @return the number of rows */
    public int rowCount() {
        return source.rowCount();
    }

    /** @return the column headers, the row-number column ("#") first */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>();
        names.add("#");
        for (int c = 0; c < source.columnCount(); c++) {
            names.add(source.header(c));
        }
        return Collections.unmodifiableList(names);
    }

    /** @return the texts of the cells in view as last drawn (headers and row numbers included) */
    public List<String> visibleTexts() {
        return painter.painted().stream().map(GridPainter.PaintedCell::text).toList();
    }

    /** @return the texts drawn in data column {@code column} (0-based, header excluded), top to bottom */
    public List<String> visibleColumnTexts(int column) {
        return painter.painted().stream().filter(cell -> cell.column() == column && cell.row() >= 0)
                .map(GridPainter.PaintedCell::text).toList();
    }

    /** @return the cell's bounds in the grid's own coordinates (column -1: the row number) */
    public Bounds cellBounds(int row, int column) {
        double top = snappedTopInset() + geometry.headerHeight() + (row - firstRow) * geometry.rowHeight();
        double left = snappedLeftInset() + (column < 0 ? 0 : geometry.columnLeft(column, scrollX));
        double width = column < 0 ? geometry.rowNumberWidth() : geometry.columnWidth(column);
        return new BoundingBox(left, top, width, geometry.rowHeight());
    }

    /** Shows or hides the row-number column (shown by default). */
    void setRowNumbers(boolean shown) {
        geometry.setRowNumbers(shown);
        painter.setRowNumbers(shown);
        requestLayout();
    }

    /** Gives the width left over, when the columns are narrower than the grid, to {@code column}. */
    void setStretchedColumn(int column) {
        geometry.setStretchedColumn(column);
        requestLayout();
    }

    void setOnActivate(CellAction action) {
        onActivate = action;
    }

    /** Explains a row on hover: {@code text} gives the tooltip's text for a row, or an empty text for none. */
    void setRowTooltip(IntFunction<String> text) {
        rowTooltip = text;
    }

    /** @return the text of the tooltip for the row last hovered, or null when none has shown */
    String tooltipText() {
        return tooltip == null ? null : tooltip.getText();
    }

    /** Draws the cells again: call when what the source returns has changed. */
    void refresh() {
        requestLayout();
    }

    /** @return the first row in view (0-based) */
    public int firstVisibleRow() {
        return firstRow;
    }

    /** @return the selected row (0-based), or -1 */
    public int selectedRow() {
        return selectedRow;
    }

    /** Brings {@code row} (0-based) into view, scrolling as little as possible. */
    public void scrollTo(int row) {
        int inView = rowsInView();
        if (row < firstRow) {
            showFrom(row);
        } else if (row >= firstRow + inView) {
            showFrom(row - inView + 1);
        }
    }

    /** Selects {@code row} (0-based, clamped to the rows there are) and brings it into view. */
    public void select(int row) {
        if (source.rowCount() == 0) {
            return;
        }
        selectedRow = Math.max(0, Math.min(source.rowCount() - 1, row));
        scrollTo(selectedRow);
        updateAccessibleText();
        requestLayout();
    }

    private void showFrom(int row) {
        int clamped = Math.max(0, Math.min(row, lastFirstRow()));
        if (clamped != firstRow) {
            firstRow = clamped;
            requestLayout();
        }
    }

    private int lastFirstRow() {
        return Math.max(0, source.rowCount() - rowsInView());
    }

    private int rowsInView() {
        return geometry.rowsInView(canvas.getHeight() > 0 ? canvas.getHeight() : getHeight());
    }

    @Override
    protected void layoutChildren() {
        geometry.setFontSize(getFont().getSize());
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double width = snapSizeX(getWidth() - x - snappedRightInset());
        double height = snapSizeY(getHeight() - y - snappedBottomInset());
        double barWidth = snapSizeX(vertical.prefWidth(-1));
        double barHeight = snapSizeY(horizontal.prefHeight(-1));
        boolean needsVertical = source.rowCount() > geometry.rowsInView(height);
        geometry.setViewportWidth(width - (needsVertical ? barWidth : 0));
        double contentWidth = geometry.left() + geometry.dataWidth();
        boolean needsHorizontal = contentWidth > width - (needsVertical ? barWidth : 0);
        if (needsHorizontal && !needsVertical && source.rowCount() > geometry.rowsInView(height - barHeight)) {
            needsVertical = true;
            geometry.setViewportWidth(width - barWidth);
            contentWidth = geometry.left() + geometry.dataWidth();
        }
        double viewWidth = Math.max(0, width - (needsVertical ? barWidth : 0));
        double viewHeight = Math.max(0, height - (needsHorizontal ? barHeight : 0));
        canvas.setWidth(viewWidth);
        canvas.setHeight(viewHeight);
        canvas.relocate(x, y);
        vertical.setVisible(needsVertical);
        horizontal.setVisible(needsHorizontal);
        vertical.resizeRelocate(x + viewWidth, y, barWidth, viewHeight);
        horizontal.resizeRelocate(x, y + viewHeight, viewWidth, barHeight);

        firstRow = Math.max(0, Math.min(firstRow, lastFirstRow()));
        double maxScrollX = Math.max(0, contentWidth - viewWidth);
        scrollX = Math.max(0, Math.min(scrollX, maxScrollX));
        updateBars(maxScrollX, viewWidth);
        painter.paint(canvas.getGraphicsContext2D(),
                new GridPainter.View(viewWidth, viewHeight, firstRow, scrollX, selectedRow, isFocusVisible()),
                colors(), getFont());
    }

    private void updateBars(double maxScrollX, double viewWidth) {
        adjustingBars = true;
        try {
            int inView = rowsInView();
            vertical.setMin(0);
            vertical.setMax(lastFirstRow());
            vertical.setVisibleAmount(Math.max(1, (double) inView * lastFirstRow() / Math.max(1, source.rowCount())));
            vertical.setUnitIncrement(1);
            vertical.setBlockIncrement(inView);
            vertical.setValue(firstRow);
            horizontal.setMin(0);
            horizontal.setMax(maxScrollX);
            horizontal.setVisibleAmount(maxScrollX * viewWidth / Math.max(1, maxScrollX + viewWidth));
            horizontal.setUnitIncrement(SIDEWAYS_STEP);
            horizontal.setBlockIncrement(viewWidth);
            horizontal.setValue(scrollX);
        } finally {
            adjustingBars = false;
        }
    }

    private GridColors colors() {
        return new GridColors(background.get(), stripe.get(), header.get(), line.get(), text.get(), muted.get(),
                selection.get(), focus.get());
    }

    private void showResizeCursor(MouseEvent event) {
        if (rowTooltip != null) {
            updateTooltip(geometry.rowAt(event.getY(), firstRow));
        }
        boolean onBorder = event.getY() < geometry.headerHeight() && geometry.borderAt(event.getX(), scrollX) >= 0;
        canvas.setCursor(onBorder ? Cursor.H_RESIZE : Cursor.DEFAULT);
    }

    private void press(MouseEvent event) {
        requestFocus();
        if (event.getY() < geometry.headerHeight()) {
            resizing = geometry.borderAt(event.getX(), scrollX);
            if (resizing >= 0) {
                resizeStartX = event.getX();
                resizeStartWidth = geometry.columnWidth(resizing);
            }
            return;
        }
        int row = geometry.rowAt(event.getY(), firstRow);
        if (row >= 0) {
            select(row);
        }
    }

    /**
     * One tooltip for the whole grid, made on the first hover (a tooltip is a popup window), its text following
     * the row under the pointer.
     */
    private void updateTooltip(int row) {
        if (row == hoveredRow) {
            return;
        }
        hoveredRow = row;
        String text = row < 0 ? "" : rowTooltip.apply(row);
        if (text == null || text.isEmpty()) {
            if (tooltip != null) {
                Tooltip.uninstall(canvas, tooltip);
                tooltip.hide();
            }
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }
        tooltip.setText(text);
        Tooltip.install(canvas, tooltip);
    }

    private void click(MouseEvent event) {
        if (onActivate == null || event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        int row = geometry.rowAt(event.getY(), firstRow);
        int column = geometry.columnAt(event.getX(), scrollX);
        if (row >= 0 && column >= 0) {
            onActivate.activate(row, column, belowCell(row, column));
        }
    }

    private Point2D belowCell(int row, int column) {
        Bounds cell = cellBounds(row, column);
        Point2D anchor = localToScreen(cell.getMinX(), cell.getMaxY());
        return anchor == null ? Point2D.ZERO : anchor;
    }

    private void drag(MouseEvent event) {
        if (resizing >= 0) {
            geometry.setColumnWidth(resizing, resizeStartWidth + event.getX() - resizeStartX);
            requestLayout();
        }
    }

    private void scroll(ScrollEvent event) {
        boolean sideways = event.isShiftDown() || Math.abs(event.getDeltaX()) > Math.abs(event.getDeltaY());
        if (sideways) {
            double delta = event.isShiftDown() && event.getDeltaX() == 0 ? event.getDeltaY() : event.getDeltaX();
            scrollX -= delta;
            requestLayout();
        } else if (event.getDeltaY() != 0) {
            showFrom(firstRow + (event.getDeltaY() > 0 ? -1 : 1) * rowsFor(event));
        }
        event.consume();
    }

    /** @return how many rows one scroll event moves: the system's lines (3 per notch on most desktops) */
    private int rowsFor(ScrollEvent event) {
        double amount = switch (event.getTextDeltaYUnits()) {
            case LINES -> Math.abs(event.getTextDeltaY()) * ROWS_PER_LINE;
            case PAGES -> Math.abs(event.getTextDeltaY()) * Math.max(1, rowsInView() - 1);
            case NONE -> Math.abs(event.getDeltaY()) / geometry.rowHeight();
        };
        return (int) Math.max(1, Math.round(amount));
    }

    private void key(KeyEvent event) {
        int page = Math.max(1, rowsInView() - 1);
        int current = selectedRow < 0 ? firstRow - 1 : selectedRow;
        switch (event.getCode()) {
            case DOWN -> select(current + 1);
            case UP -> select(Math.max(0, current - 1));
            case PAGE_DOWN -> select(current + page);
            case PAGE_UP -> select(current - page);
            case HOME -> select(0);
            case END -> select(source.rowCount() - 1);
            case RIGHT -> { scrollX += SIDEWAYS_STEP; requestLayout(); }
            case LEFT -> { scrollX -= SIDEWAYS_STEP; requestLayout(); }
            case ENTER, SPACE, CONTEXT_MENU -> {
                if (onActivate == null || selectedRow < 0) {
                    return;
                }
                onActivate.activate(selectedRow, -1, belowCell(selectedRow, source.columnCount() - 1));
            }
            case C -> {
                if (!event.isShortcutDown() || selectedRow < 0) {
                    return;
                }
                ClipboardContent content = new ClipboardContent();
                content.putString(selectedRowText("\t"));
                Clipboard.getSystemClipboard().setContent(content);
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** @return the selected row's values joined by {@code separator} (tabs: as a spreadsheet pastes them) */
    private String selectedRowText(String separator) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < source.columnCount(); c++) {
            values.add(source.cellText(c, selectedRow));
        }
        return String.join(separator, values);
    }

    private void updateAccessibleText() {
        if (selectedRow < 0) {
            setAccessibleText(String.format(Locale.ROOT, "%,d rows, %d columns. "
                    + "Use the arrow keys to move between rows.", source.rowCount(), source.columnCount()));
            return;
        }
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < source.columnCount(); c++) {
            String value = source.cellText(c, selectedRow);
            cells.add(source.header(c) + " " + (value.isEmpty() ? "missing" : value));
        }
        setAccessibleText(String.format(Locale.ROOT, "Row %,d of %,d: %s", selectedRow + 1, source.rowCount(),
                String.join(", ", cells)));
    }

    @Override
    protected double computePrefWidth(double height) {
        return 600;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 400;
    }

    // ---- CSS: the font (inherited, so presentation mode enlarges the grid) and the colours ----

    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(Styles.FONT, this, "font", Font.getDefault()) {
                @Override
                protected void invalidated() {
                    requestLayout();
                }
            };
    private final StyleableObjectProperty<Paint> background = colour(Styles.BACKGROUND);
    private final StyleableObjectProperty<Paint> stripe = colour(Styles.STRIPE);
    private final StyleableObjectProperty<Paint> header = colour(Styles.HEADER);
    private final StyleableObjectProperty<Paint> line = colour(Styles.LINE);
    private final StyleableObjectProperty<Paint> text = colour(Styles.TEXT);
    private final StyleableObjectProperty<Paint> muted = colour(Styles.MUTED);
    private final StyleableObjectProperty<Paint> selection = colour(Styles.SELECTION);
    private final StyleableObjectProperty<Paint> focus = colour(Styles.FOCUS);

    private StyleableObjectProperty<Paint> colour(CssMetaData<RowsGrid, Paint> meta) {
        return new SimpleStyleableObjectProperty<>(meta, this, meta.getProperty(), meta.getInitialValue(this)) {
            @Override
            protected void invalidated() {
                requestLayout();
            }
        };
    }

    /** @return the font the grid draws with (CSS {@code -fx-font}, inherited) */
    public Font getFont() {
        return font.get();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return Styles.ALL;
    }

    /** @return the CSS properties of the grid, with those of {@link Region} */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return Styles.ALL;
    }

    private static final class Styles {
        static final CssMetaData<RowsGrid, Font> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
            @Override
            public boolean isSettable(RowsGrid grid) {
                return !grid.font.isBound();
            }

            @Override
            public StyleableProperty<Font> getStyleableProperty(RowsGrid grid) {
                return grid.font;
            }
        };
        // Initial values are the light theme's; modelwright.css and dark.css set them from the theme's names.
        static final CssMetaData<RowsGrid, Paint> BACKGROUND = paint("-mw-grid-background", "#ffffff", g -> g.background);
        static final CssMetaData<RowsGrid, Paint> STRIPE = paint("-mw-grid-stripe", "#f6f8fa", g -> g.stripe);
        static final CssMetaData<RowsGrid, Paint> HEADER = paint("-mw-grid-header", "#f6f7f9", g -> g.header);
        static final CssMetaData<RowsGrid, Paint> LINE = paint("-mw-grid-line", "#d0d7de", g -> g.line);
        static final CssMetaData<RowsGrid, Paint> TEXT = paint("-mw-grid-text", "#1f2328", g -> g.text);
        static final CssMetaData<RowsGrid, Paint> MUTED = paint("-mw-grid-muted", "#59636e", g -> g.muted);
        static final CssMetaData<RowsGrid, Paint> SELECTION = paint("-mw-grid-selection", "#e8effd", g -> g.selection);
        static final CssMetaData<RowsGrid, Paint> FOCUS = paint("-mw-grid-focus", "#2563eb", g -> g.focus);
        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Region.getClassCssMetaData());
            all.addAll(List.of(FONT, BACKGROUND, STRIPE, HEADER, LINE, TEXT, MUTED, SELECTION, FOCUS));
            ALL = Collections.unmodifiableList(all);
        }

        private static CssMetaData<RowsGrid, Paint> paint(String property, String initial,
                                                          Function<RowsGrid, StyleableObjectProperty<Paint>> field) {
            return new CssMetaData<>(property, StyleConverter.getPaintConverter(), Color.web(initial)) {
                @Override
                public boolean isSettable(RowsGrid grid) {
                    return !field.apply(grid).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(RowsGrid grid) {
                    return field.apply(grid);
                }
            };
        }
    }
}
