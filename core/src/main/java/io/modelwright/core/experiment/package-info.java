/**
 * Ties the pieces of a run together: a training result becomes an export request ({@link
 * io.modelwright.core.experiment.ExportRequests}) or a project run ({@link io.modelwright.core.experiment.RunRecords}),
 * and a recorded run can be trained again and compared ({@link io.modelwright.core.experiment.RunReproducer}).
 */
package io.modelwright.core.experiment;
