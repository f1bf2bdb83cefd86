package io.modelwright.desktop.data;

import java.util.Arrays;
import java.util.List;

/**
 * The column list as the grid reads it: one row per column of the file with its name, type, missing share and
 * role. The role is read when drawn, so the list shows a change as soon as it is redrawn.
 */
final class ColumnListSource implements GridSource {
    static final String OPENS_MENU = " ▾";
    static final int NAME = 0;
    static final int TYPE = 1;
    static final int MISSING = 2;
    static final int ROLE = 3;
    private static final List<String> HEADERS = List.of("Name", "Type", "Missing", "Role");

    private final List<ColumnSummary> summaries;
    private final ColumnRoles roles;

    ColumnListSource(List<ColumnSummary> summaries, ColumnRoles roles) {
        this.summaries = summaries;
        this.roles = roles;
    }

    @Override
    public int rowCount() {
        return summaries.size();
    }

    @Override
    public int columnCount() {
        return HEADERS.size();
    }

    @Override
    public String header(int column) {
        return HEADERS.get(column);
    }

    @Override
    public boolean numeric(int column) {
        return column == MISSING;
    }

    @Override
    public String cellText(int column, int row) {
        ColumnSummary summary = summaries.get(row);
        return switch (column) {
            case NAME -> summary.name();
            case TYPE -> summary.type();
            case MISSING -> summary.missing();
            case ROLE -> roles.roleOf(summary.name()) + OPENS_MENU;
            default -> throw new IndexOutOfBoundsException("Column " + column + " of " + HEADERS.size());
        };
    }

    /** @return the longest text of the column; for the role, the longest any role can show */
    @Override
    public int characters(int column) {
        if (column == ROLE) {
            return Arrays.stream(ColumnRole.values()).mapToInt(role -> (role + OPENS_MENU).length()).max().orElse(0);
        }
        int characters = 0;
        for (int row = 0; row < summaries.size(); row++) {
            characters = Math.max(characters, cellText(column, row).length());
        }
        return characters;
    }

    /** @return the summary of the file column shown on {@code row} */
    ColumnSummary summary(int row) {
        return summaries.get(row);
    }
}
