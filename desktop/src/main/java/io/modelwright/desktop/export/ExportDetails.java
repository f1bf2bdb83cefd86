package io.modelwright.desktop.export;

/**
 * What a person tells the export about the model.
 *
 * @param name        the model name (also in KServe URLs)
 * @param version     e.g. "1"
 * @param intendedUse what the model is for
 * @param limitations what it should not be used for, and known weaknesses
 */
public record ExportDetails(String name, String version, String intendedUse, String limitations) {
}
