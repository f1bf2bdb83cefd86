package io.modelwright.desktop.common;

import io.modelwright.core.data.CsvImportException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ErrorViewTest {

    @Start
    void start(Stage stage) {
        ErrorReport report = ErrorReport.of(new CsvImportException(Path.of("bad.csv"), 12,
                "Line 12 of bad.csv has 4 fields but the header has 3. Check for an unquoted comma."));
        stage.setScene(new Scene(new ErrorView(new ErrorViewModel(report)).root()));
        stage.show();
    }

    @Test
    void showsTheMessageInWordsAndHidesTheTrace(FxRobot robot) {
        assertThat(robot.lookup("#errorMessage").queryAs(Label.class).getText())
                .isEqualTo("Line 12 of bad.csv has 4 fields but the header has 3. Check for an unquoted comma.");
        assertThat(robot.lookup("#errorDetails").queryAs(TextArea.class).isVisible()).isFalse();
    }

    @Test
    void detailsToggleRevealsTheStackTrace(FxRobot robot) {
        robot.clickOn("#errorDetailsToggle");

        TextArea details = robot.lookup("#errorDetails").queryAs(TextArea.class);
        assertThat(details.isVisible()).isTrue();
        assertThat(details.getText()).contains("CsvImportException").contains("at io.modelwright");
    }
}
