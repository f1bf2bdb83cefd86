package io.modelwright.desktop.data;

import io.modelwright.desktop.app.Appearance;
import io.modelwright.desktop.testing.DataScreen;
import io.modelwright.desktop.testing.TestTables;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The Data screen with the app's style sheets, as it shows its parts frame by frame. */
@ExtendWith(ApplicationExtension.class)
class DataViewLayoutTest {
    private StackPane host;

    @Start
    void start(Stage stage) {
        host = new StackPane();
        Scene scene = new Scene(host, 1100, 700);
        new Appearance().applyTo(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theHeadingKeepsItsHeightWhenTheTargetMenuJoinsIt(FxRobot robot) throws Exception {
        DataView view = new DataView(new DataViewModel(TestTables.smallIris()));
        List<Double> heights = new CopyOnWriteArrayList<>();
        AnimationTimer everyFrame = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Node heading = view.root().getTop();
                if (heading.getLayoutBounds().getHeight() > 0) {
                    heights.add(heading.getLayoutBounds().getHeight());
                }
            }
        };
        robot.interact(() -> {
            everyFrame.start();
            host.getChildren().setAll(view.root());
        });
        DataScreen.waitUntilShown(robot);
        robot.sleep(100);
        robot.interact(everyFrame::stop);

        // A heading that grows moves everything under it: a repaint of the whole window.
        assertThat(heights).isNotEmpty();
        assertThat(heights.stream().distinct()).as("heading heights, frame by frame").hasSize(1);
    }
}
