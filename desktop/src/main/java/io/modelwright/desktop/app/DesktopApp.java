package io.modelwright.desktop.app;

import io.modelwright.desktop.common.WorkerThreads;
import io.modelwright.desktop.data.TableLoader;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/** The JavaFX application: opens the main window, and the file given on the command line if any. */
public final class DesktopApp extends Application {
    private static volatile Path initialFile;
    private ExecutorService executor;

    /** Opens the app, optionally with a CSV or project file loaded. */
    public static void launchWith(Path file) {
        initialFile = file;
        Application.launch(DesktopApp.class);
    }

    @Override
    public void start(Stage stage) {
        executor = WorkerThreads.newExecutor();
        Path home = Path.of(System.getProperty("user.home"), ".modelwright");
        MainWindow window = MainWindow.show(stage, new AppServices(TableLoader.csvImporter(), executor, home));
        // Whatever escapes, on any thread, still reaches the person through the one error view.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> window.errors().show(error));
        if (initialFile != null) {
            window.viewModel().openAny(initialFile.toAbsolutePath());
        }
    }

    @Override
    public void stop() {
        io.modelwright.desktop.common.ChildProcesses.stopAll();
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
