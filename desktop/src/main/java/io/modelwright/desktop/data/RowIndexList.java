package io.modelwright.desktop.data;

import javafx.collections.ObservableListBase;

/**
 * The rows 0..n-1 as a list, without storing them: {@code get(i)} is {@code i}. A TableView over a million rows
 * then costs no memory per row; cells read their values from the columns only when they become visible.
 */
final class RowIndexList extends ObservableListBase<Integer> {
    private final int size;

    RowIndexList(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Row " + index + " of " + size);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }
}
