package io.modelwright.desktop.app;

import io.modelwright.desktop.common.ErrorSink;
import io.modelwright.desktop.common.ErrorWindow;
import io.modelwright.desktop.common.Fxml;
import io.modelwright.desktop.data.DataView;
import io.modelwright.desktop.data.DataViewModel;
import io.modelwright.desktop.history.HistoryView;
import io.modelwright.desktop.history.HistoryViewModel;
import io.modelwright.desktop.project.ProjectFileChooser;
import io.modelwright.desktop.results.ResultsView;
import io.modelwright.desktop.results.ResultsViewModel;
import io.modelwright.desktop.train.TrainView;
import io.modelwright.desktop.train.TrainViewModel;
import io.modelwright.desktop.tryit.TryItView;
import io.modelwright.desktop.common.ToolWindow;
import io.modelwright.desktop.export.ExportView;
import io.modelwright.desktop.export.ExportViewModel;
import io.modelwright.desktop.batch.BatchViewModel;
import io.modelwright.desktop.batch.BatchView;
import io.modelwright.desktop.report.ChartImages;
import io.modelwright.desktop.report.HtmlReport;
import io.modelwright.desktop.overfit.OverfittingViewModel;
import io.modelwright.desktop.overfit.OverfittingView;
import io.modelwright.desktop.lessons.LessonLibrary;
import io.modelwright.desktop.lessons.LessonView;
import io.modelwright.desktop.tryit.TryItViewModel;
import io.modelwright.desktop.data.LoadingView;
import io.modelwright.desktop.data.LoadingViewModel;
import io.modelwright.desktop.start.CsvFileChooser;
import io.modelwright.desktop.start.RecentFiles;
import io.modelwright.desktop.start.SampleDataset;
import io.modelwright.desktop.start.SampleLibrary;
import io.modelwright.desktop.start.StartView;
import io.modelwright.desktop.start.StartViewModel;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The main window: menu bar, the current screen, and the loading overlay above it. Also the composition root
 * that wires ViewModels to their services ({@link #show(Stage, AppServices)}).
 */
public final class MainWindow {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    /** Set while a file is dragged over the window, so the window shows it will take the drop. */
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final MainViewModel viewModel;
    private final Appearance appearance;
    private final ErrorSink errors;
    private final CsvFileChooser fileChooser = new CsvFileChooser();
    private final ProjectFileChooser projectChooser = new ProjectFileChooser();
    private final StartView startView;
    private final BorderPane root;

    @FXML private StackPane screenPane;
    @FXML private StackPane overlayPane;
    @FXML private Menu samplesMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private MenuItem backToStartItem;
    @FXML private HBox navigationBar;
    @FXML private Menu goMenu;
    @FXML private MenuItem trainItem;
    @FXML private MenuItem compareItem;
    @FXML private MenuItem cancelItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem overfitItem;
    @FXML private MenuItem reportItem;
    @FXML private MenuItem batchItem;
    @FXML private Menu lessonsMenu;
    private javafx.beans.binding.BooleanBinding canExport;
    private final Map<Object, Node> views = new WeakHashMap<>();
    private volatile PreparedScreen preparedData;

    /** A Data screen built on the loading thread for the table being opened; taken when that table shows. */
    private record PreparedScreen(DataViewModel data, Node root) {
    }

    private MainWindow(MainViewModel viewModel, Appearance appearance, ErrorSink errors) {
        this.viewModel = viewModel;
        this.appearance = appearance;
        this.errors = errors;
        this.startView = new StartView(new StartViewModel(viewModel, viewModel.samples(), viewModel.recentFiles()),
                fileChooser);
        this.root = Fxml.load(this);
        bind();
    }

    /** Builds the window with its services and shows it on the given stage. */
    public static MainWindow show(Stage stage, AppServices services) {
        Appearance appearance = new Appearance();
        ErrorWindow errors = new ErrorWindow(stage, appearance::applyTo);
        LoadingViewModel loading = new LoadingViewModel(services.loader(), services.executor(), errors);
        MainViewModel viewModel = new MainViewModel(loading,
                new SampleLibrary(services.homeFolder().resolve("samples")),
                new RecentFiles(services.homeFolder().resolve("recent-files.txt")), services.executor(), errors);
        MainWindow window = new MainWindow(viewModel, appearance, errors);

        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        appearance.applyTo(scene);
        window.acceptDroppedFiles(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        ScreenWarmUp.start(services.executor());
        return window;
    }

    /** Fills and binds the controls FXML created; runs once, right after loading. */
    private void bind() {
        overlayPane.getChildren().add(new LoadingView(viewModel.loading()).root());
        overlayPane.visibleProperty().bind(viewModel.loading().busy());
        for (SampleDataset sample : viewModel.samples().samples()) {
            MenuItem item = new MenuItem(sample.title());
            item.setOnAction(event -> viewModel.openSample(sample));
            samplesMenu.getItems().add(item);
        }
        darkThemeItem.selectedProperty().bindBidirectional(appearance.darkProperty());
        presentationItem.selectedProperty().bindBidirectional(appearance.presentationProperty());
        backToStartItem.disableProperty().bind(viewModel.screenProperty().isEqualTo(Screen.START));
        // Built off the JavaFX thread: DataView starts showing its parts when it joins the window.
        viewModel.prepareScreensWith(data -> preparedData = new PreparedScreen(data, new DataView(data).root()));
        viewModel.screenProperty().addListener((observable, old, screen) -> showScreen());
        viewModel.dataProperty().addListener((observable, old, data) -> showScreen());
        viewModel.resultsProperty().addListener((observable, old, results) -> showScreen());
        new Navigation(viewModel).fill(navigationBar, goMenu);
        bindTrainingCommands();
        for (var lesson : LessonLibrary.bundled()) {
            MenuItem item = new MenuItem(lesson.title());
            item.setOnAction(event -> viewModel.startLesson(lesson));
            lessonsMenu.getItems().add(item);
        }
        viewModel.lessonProperty().addListener((observable, old, lesson) -> root.setRight(
                lesson == null ? null : new LessonView(lesson, viewModel::endLesson).root()));
        canExport = viewModel.canExport();
        exportItem.disableProperty().bind(canExport.not());
        overfitItem.disableProperty().bind(viewModel.resultsProperty().isNull());
        reportItem.disableProperty().bind(viewModel.resultsProperty().isNull());
        batchItem.disableProperty().bind(viewModel.tryItProperty().isNull());
        showScreen();
    }

    private void bindTrainingCommands() {
        viewModel.trainProperty().addListener((observable, old, train) -> bindTrainingCommands(train));
        bindTrainingCommands(viewModel.trainProperty().get());
    }

    private void bindTrainingCommands(TrainViewModel train) {
        if (train == null) {
            List.of(trainItem, compareItem, cancelItem).forEach(item -> {
                item.disableProperty().unbind();
                item.setDisable(true);
            });
            return;
        }
        trainItem.disableProperty().bind(train.canTrain().not());
        compareItem.disableProperty().bind(train.canCompare().not());
        cancelItem.disableProperty().bind(train.progress().busy().not());
    }

    @FXML
    private void train() {
        viewModel.show(Screen.TRAIN);
        viewModel.trainProperty().get().train();
    }

    @FXML
    private void compare() {
        viewModel.show(Screen.TRAIN);
        viewModel.trainProperty().get().compare();
    }

    @FXML
    private void exportModel() {
        // Closing the wizard stops an export under way and any scorer it started.
        ExportViewModel wizard = viewModel.exportWizard();
        ToolWindow.open(root.getScene().getWindow(), "Export a model", new ExportView(wizard).root(), 860, 720,
                appearance::applyTo, () -> {
                    wizard.cancel();
                    wizard.stopScorer();
                });
    }

    @FXML
    private void saveReport() {
        var results = viewModel.resultsProperty().get();
        if (results == null) {
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Save a report of " + results.title());
        chooser.setInitialFileName(results.title().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + ".html");
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("Web page", "*.html"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            var charts = ChartImages.of(results, errors, appearance::applyTo);
            String dataName = viewModel.dataProperty().get() == null ? null : viewModel.dataProperty().get().fileName();
            io.modelwright.desktop.common.Tasks.create(() -> {
                HtmlReport.write(results.run(), dataName, charts, results.importances(), file.toPath());
                return file;
            }).onError(Throwable.class, errors::show).runOn(viewModel.executor());
        }
    }

    @FXML
    private void scoreFile() {
        var results = viewModel.resultsProperty().get();
        if (results != null) {
            BatchViewModel batch = new BatchViewModel(results.run(), viewModel.executor(), errors);
            ToolWindow.open(root.getScene().getWindow(), batch.title(), new BatchView(batch).root(), 900, 600,
                    appearance::applyTo, () -> { });
        }
    }

    @FXML
    private void overfittingCurve() {
        var results = viewModel.resultsProperty().get();
        if (results != null) {
            // Closing the curve's window stops its training.
            OverfittingViewModel curve = new OverfittingViewModel(results.run(), viewModel.executor(), errors);
            ToolWindow.open(root.getScene().getWindow(), curve.title(), new OverfittingView(curve).root(), 980, 680,
                    appearance::applyTo, curve::cancel);
        }
    }

    @FXML
    private void cancelTraining() {
        viewModel.trainProperty().get().cancel();
    }

    private void showScreen() {
        Node content = switch (viewModel.screenProperty().get()) {
            case START -> startView.root();
            case DATA -> views.computeIfAbsent(viewModel.dataProperty().get(), vm -> dataScreen((DataViewModel) vm));
            case TRAIN -> views.computeIfAbsent(viewModel.trainProperty().get(), vm -> new TrainView((TrainViewModel) vm).root());
            case RESULTS -> views.computeIfAbsent(viewModel.resultsProperty().get(),
                    vm -> new ResultsView((ResultsViewModel) vm, errors).root());
            case TRY_IT -> views.computeIfAbsent(viewModel.tryItProperty().get(), vm -> new TryItView((TryItViewModel) vm, this::exportModel).root());
            case HISTORY -> views.computeIfAbsent(viewModel.history(), vm -> new HistoryView((HistoryViewModel) vm, viewModel.project()).root());
        };
        screenPane.getChildren().setAll(content);
    }

    private Node dataScreen(DataViewModel data) {
        PreparedScreen ready = preparedData;
        preparedData = null;
        return ready != null && ready.data() == data ? ready.root() : new DataView(data).root();
    }

    /** A file dropped anywhere on the window opens, whatever screen is showing. */
    private void acceptDroppedFiles(Scene scene) {
        scene.addEventFilter(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                root.pseudoClassStateChanged(DROP_TARGET, true);
            }
        });
        scene.addEventFilter(DragEvent.DRAG_EXITED, event -> root.pseudoClassStateChanged(DROP_TARGET, false));
        scene.addEventFilter(DragEvent.DRAG_DROPPED, event -> {
            root.pseudoClassStateChanged(DROP_TARGET, false);
            List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                viewModel.openAny(files.get(0).toPath());
            }
            event.setDropCompleted(!files.isEmpty());
            event.consume();
        });
    }

    @FXML
    private void openCsv() {
        fileChooser.choose(root.getScene().getWindow()).ifPresent(viewModel::open);
    }

    @FXML
    private void newProject() {
        projectChooser.chooseNew(root.getScene().getWindow()).ifPresent(viewModel::newProject);
    }

    @FXML
    private void openProject() {
        projectChooser.chooseExisting(root.getScene().getWindow()).ifPresent(viewModel::openProject);
    }

    @FXML
    private void backToStart() {
        viewModel.showStart();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(root.getScene().getWindow());
        about.setTitle("About Modelwright");
        about.setHeaderText(AboutText.heading());
        about.setContentText(AboutText.body());
        appearance.applyTo(about.getDialogPane().getScene());
        about.show();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** @return where this window shows errors; the app routes uncaught exceptions here */
    public ErrorSink errors() {
        return errors;
    }
}
