/**
 * The project store: one SQLite file ({@code .mwproj}) holding the dataset reference (optionally an embedded,
 * gzipped copy of the CSV), the confirmed schema decisions and every run with its model. Open it with
 * {@link io.modelwright.core.project.Project#open(java.nio.file.Path)}.
 */
package io.modelwright.core.project;
