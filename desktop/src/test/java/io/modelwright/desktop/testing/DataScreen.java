package io.modelwright.desktop.testing;

import io.modelwright.desktop.data.TargetPicker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The Data screen in UI tests: it shows its side panel and target picker over the frames after the rows. */
public final class DataScreen {
    private DataScreen() {
    }

    /** Waits until the whole Data screen is showing (the target picker comes last). */
    public static void waitUntilShown(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#targetPicker").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks {@code column} as the target the way a person does: opens the Target menu and clicks the column. */
    public static void pickTarget(FxRobot robot, List<String> columns, String column) throws TimeoutException {
        waitUntilShown(robot);
        robot.clickOn("#targetPicker");
        robot.clickOn("#" + TargetPicker.itemId(columns, column));
    }
}
