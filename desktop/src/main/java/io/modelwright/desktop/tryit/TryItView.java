package io.modelwright.desktop.tryit;

import io.modelwright.core.eval.ColumnContribution;
import io.modelwright.desktop.common.Fxml;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The Try it screen: the form on the left, the prediction, class bars and explanation on the right. */
public final class TryItView {
    private final TryItViewModel viewModel;
    private final Parent root;

    @FXML private Label titleLabel;
    @FXML private Label subtitleLabel;
    @FXML private Spinner<Integer> rowSpinner;
    @FXML private Label loadedRowLabel;
    @FXML private ComboBox<Integer> cellRowPicker;
    @FXML private GridPane form;
    @FXML private Label predictionLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label problemLabel;
    @FXML private Label scoresTitle;
    @FXML private VBox scoresBox;
    @FXML private Label explanationCaption;
    @FXML private VBox explanationBox;

    private final Runnable exportModel;

    /** @param exportModel opens the export wizard */
    public TryItView(TryItViewModel viewModel, Runnable exportModel) {
        this.viewModel = viewModel;
        this.exportModel = exportModel;
        this.root = Fxml.load(this);
        bind();
    }

    private void bind() {
        titleLabel.setText(viewModel.title());
        subtitleLabel.setText(viewModel.subtitle());
        rowSpinner.setValueFactory(new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(
                1, Math.max(1, viewModel.rowCount()), 1));
        rowSpinner.setEditable(true);
        loadedRowLabel.textProperty().bind(viewModel.loadedRowProperty());
        predictionLabel.textProperty().bind(viewModel.predictionProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        problemLabel.textProperty().bind(viewModel.problemProperty());
        problemLabel.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        explanationCaption.setText(viewModel.explanationCaption());
        scoresTitle.setVisible(viewModel.probabilities());
        scoresTitle.setManaged(viewModel.probabilities());
        buildForm();
        cellRowPicker.setItems(viewModel.cellRows());
        cellRowPicker.promptTextProperty().bind(Bindings.concat("Rows of the Results cell: ",
                viewModel.cellCaptionProperty()));
        cellRowPicker.visibleProperty().bind(Bindings.isNotEmpty(viewModel.cellRows()));
        cellRowPicker.managedProperty().bind(cellRowPicker.visibleProperty());
        cellRowPicker.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer row) {
                return row == null ? "" : "row " + (row + 1);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        cellRowPicker.setOnAction(event -> {
            Integer row = cellRowPicker.getValue();
            if (row != null) {
                rowSpinner.getValueFactory().setValue(row + 1);
                viewModel.loadRow(row + 1);
            }
        });
        viewModel.scores().addListener((ListChangeListener<ClassScore>) change -> showScores());
        viewModel.contributions().addListener((ListChangeListener<ColumnContribution>) change -> showExplanation());
        viewModel.loadRow(1);
    }

    private void buildForm() {
        int row = 0;
        for (InputField field : viewModel.fields()) {
            Label name = new Label(field.name());
            name.getStyleClass().add("tryit-field-name");
            Node editor = editor(field);
            editor.setId("input-" + field.name());
            Label hint = new Label(field.hint());
            hint.getStyleClass().add("hint");
            form.addRow(row++, name, editor, hint);
        }
    }

    private Node editor(InputField field) {
        var value = viewModel.value(field.name());
        return switch (field.kind()) {
            case NUMBER -> {
                TextField text = new TextField();
                text.setPrefColumnCount(8);
                text.textProperty().bindBidirectional(value);
                yield text;
            }
            case CHOICE -> {
                ComboBox<String> choice = new ComboBox<>();
                choice.getItems().setAll(field.levels());
                choice.setEditable(false);
                choice.valueProperty().bindBidirectional(value);
                yield choice;
            }
            case DATE -> datePicker(field, value);
        };
    }

    private static Node datePicker(InputField field, javafx.beans.property.StringProperty value) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(field.format(), Locale.ROOT);
        DatePicker picker = new DatePicker();
        Runnable fromText = () -> picker.setValue(parse(value.get(), format));
        fromText.run();
        value.addListener((observable, old, now) -> fromText.run());
        picker.valueProperty().addListener((observable, old, date) -> {
            if (date != null && !date.equals(parse(value.get(), format))) {
                value.set(format.format(date.atStartOfDay()));
            }
        });
        return picker;
    }

    private static LocalDate parse(String text, DateTimeFormatter format) {
        try {
            return text == null || text.isBlank() ? null : format.parse(text.trim(), LocalDate::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void showScores() {
        scoresBox.getChildren().clear();
        for (ClassScore score : viewModel.scores()) {
            String text = viewModel.probabilities()
                    ? String.format(Locale.ROOT, "%.0f%%", score.score() * 100)
                    : String.format(Locale.ROOT, "%.3f", score.score());
            HBox bar = bar(score.label(), Math.max(0, Math.min(1, score.score())), text,
                    score.predicted() ? "tryit-bar-predicted" : "tryit-bar");
            scoresBox.getChildren().add(bar);
        }
    }

    private void showExplanation() {
        explanationBox.getChildren().clear();
        double largest = viewModel.contributions().stream().mapToDouble(c -> Math.abs(c.contribution())).max().orElse(0);
        for (ColumnContribution c : viewModel.contributions()) {
            double share = largest == 0 ? 0 : Math.abs(c.contribution()) / largest;
            String text = String.format(Locale.ROOT, "%+.3f", c.contribution());
            explanationBox.getChildren().add(bar(c.column() + " = " + c.value(), share, text,
                    c.contribution() >= 0 ? "tryit-bar-up" : "tryit-bar-down"));
        }
    }

    private static HBox bar(String caption, double share, String value, String styleClass) {
        Label name = new Label(caption);
        name.getStyleClass().add("tryit-bar-caption");
        Region fill = new Region();
        fill.getStyleClass().addAll("tryit-bar-fill", styleClass);
        fill.setMinWidth(2);
        Region track = new Region();
        track.getStyleClass().add("tryit-bar-track");
        HBox barArea = new HBox(fill);
        barArea.getStyleClass().add("tryit-bar-area");
        fill.prefWidthProperty().bind(barArea.widthProperty().multiply(share));
        HBox.setHgrow(barArea, Priority.ALWAYS);
        Label number = new Label(value);
        number.getStyleClass().add("tryit-bar-value");
        HBox row = new HBox(name, barArea, number);
        row.getStyleClass().add("tryit-bar-row");
        return row;
    }

    @FXML
    private void loadRow() {
        rowSpinner.commitValue();
        viewModel.loadRow(rowSpinner.getValue());
    }

    @FXML
    private void exportModel() {
        exportModel.run();
    }

    public Parent root() {
        return root;
    }
}
