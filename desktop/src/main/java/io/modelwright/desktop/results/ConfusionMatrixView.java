package io.modelwright.desktop.results;

import io.modelwright.core.eval.ConfusionMatrix;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

import java.util.List;

/**
 * The confusion matrix as a heat map: true classes down, predicted classes across, each cell shaded by its share
 * of the true class (ten CSS shades). Cells are buttons, so they can be clicked or reached with Tab and Space.
 */
final class ConfusionMatrixView extends GridPane {
    private static final int SHADES = 10;

    ConfusionMatrixView(ResultsViewModel viewModel) {
        getStyleClass().add("confusion-matrix");
        ConfusionMatrix matrix = viewModel.classification().confusionMatrix();
        List<String> classes = matrix.classNames();
        Label corner = new Label("true ↓   predicted →");
        corner.getStyleClass().add("cm-corner");
        add(corner, 0, 0);
        for (int c = 0; c < classes.size(); c++) {
            add(header(classes.get(c), "cm-column-header"), c + 1, 0);
            add(header(classes.get(c), "cm-row-header"), 0, c + 1);
        }
        for (int t = 0; t < classes.size(); t++) {
            for (int p = 0; p < classes.size(); p++) {
                add(cell(viewModel, matrix, t, p), p + 1, t + 1);
            }
        }
    }

    /** Correct predictions in ten blue shades by share of the class; mistakes in three warm ones; zero plain. */
    static String shadeClass(long count, double share, boolean diagonal) {
        if (count == 0) {
            return "empty";
        }
        if (diagonal) {
            return "shade-" + (int) Math.min(SHADES - 1, Math.floor(share * SHADES));
        }
        return share < 0.05 ? "miss-1" : share < 0.2 ? "miss-2" : "miss-3";
    }

    private static Label header(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Button cell(ResultsViewModel viewModel, ConfusionMatrix matrix, int t, int p) {
        double share = viewModel.rowShare(t, p);
        Button cell = new Button(Long.toString(matrix.count(t, p)));
        cell.getStyleClass().addAll("cm-cell", shadeClass(matrix.count(t, p), share, t == p));
        cell.setId("cm-" + t + "-" + p);
        List<String> classes = matrix.classNames();
        cell.setTooltip(new Tooltip(String.format(java.util.Locale.ROOT, "%d of %d rows of %s (%.0f%%) predicted as %s."
                + " Click to list them.", matrix.count(t, p), matrix.support(t), classes.get(t), share * 100,
                classes.get(p))));
        cell.setOnAction(event -> viewModel.selectCell(t, p));
        return cell;
    }
}
