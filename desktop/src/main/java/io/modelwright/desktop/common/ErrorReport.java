package io.modelwright.desktop.common;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.task.CancelledException;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * An error as a person sees it: a message in words, and the technical details (the stack trace) kept
 * for the "Details" toggle and for copying into a bug report.
 *
 * @param message what happened and what to do, in words
 * @param details the full stack trace
 */
public record ErrorReport(String message, String details) {

    /** Builds the report for any error: our own exceptions already speak to people; others get a plain sentence. */
    public static ErrorReport of(Throwable error) {
        Throwable cause = unwrap(error);
        return new ErrorReport(messageFor(cause), stackTrace(error));
    }

    /** @return message and details together, as copied to the clipboard */
    public String copyText() {
        return message + System.lineSeparator() + System.lineSeparator() + details;
    }

    private static String messageFor(Throwable error) {
        if (error instanceof ModelwrightException && error.getMessage() != null) {
            return error.getMessage();
        }
        if (error instanceof CancelledException) {
            return "The work was cancelled.";
        }
        if (error instanceof OutOfMemoryError) {
            return "Modelwright ran out of memory. Close other datasets, or start it with more memory (java -Xmx4g -jar modelwright.jar).";
        }
        if (error instanceof java.nio.file.NoSuchFileException e) {
            return "The file " + e.getFile() + " does not exist (any more). Check the name, or pick it again.";
        }
        if (error instanceof java.nio.file.AccessDeniedException e) {
            return "Modelwright may not read " + e.getFile() + ". Check the file's permissions.";
        }
        if (error instanceof java.io.IOException && error.getMessage() != null) {
            return "The file could not be read: " + error.getMessage() + ".";
        }
        return "Something went wrong inside Modelwright (" + error.getClass().getSimpleName()
                + "). This is a bug, not your fault. Please copy the details and send them to us.";
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
