package io.modelwright.desktop.data;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The one menu that changes a column's role (feature / target / ignore), shared by every row of the column list.
 * A choice box per row cost a popup window each and made the Data screen slow to appear on wide files.
 */
final class RoleMenu {
    private final ColumnRoles roles;
    private ContextMenu menu;
    private String column;

    RoleMenu(ColumnRoles roles) {
        this.roles = roles;
    }

    /**
     * Opens the menu for {@code columnName} at {@code screenPoint}, with its current role ticked.
     *
     * @param owner the node the menu belongs to (it closes with its window)
     */
    void showFor(String columnName, Node owner, Point2D screenPoint) {
        column = columnName;
        if (menu == null) {
            menu = build();
        }
        ColumnRole current = roles.roleOf(columnName);
        menu.getItems().forEach(item -> ((RadioMenuItem) item).setSelected(item.getUserData() == current));
        menu.show(owner, screenPoint.getX(), screenPoint.getY());
    }

    private ContextMenu build() {
        ContextMenu built = new ContextMenu();
        built.getStyleClass().add("role-menu");
        ToggleGroup group = new ToggleGroup();
        for (ColumnRole role : ColumnRole.values()) {
            RadioMenuItem item = new RadioMenuItem(role.toString());
            item.setId("role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            item.setUserData(role);
            item.setToggleGroup(group);
            item.setOnAction(event -> roles.setRole(column, role));
            built.getItems().add(item);
        }
        return built;
    }
}
