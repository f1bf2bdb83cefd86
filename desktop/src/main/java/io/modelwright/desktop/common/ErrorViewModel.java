package io.modelwright.desktop.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** What the error view shows: the message, and the details once the person asks for them. */
public final class ErrorViewModel {
    private final ErrorReport report;
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(false);

    public ErrorViewModel(ErrorReport report) {
        this.report = report;
    }

    public String message() {
        return report.message();
    }

    public String details() {
        return report.details();
    }

    /** @return what the Copy button puts on the clipboard */
    public String copyText() {
        return report.copyText();
    }

    public BooleanProperty detailsShownProperty() {
        return detailsShown;
    }
}
