/**
 * Evaluation of trained models over plain arrays, with no Tribuo types in the API.
 *
 * <p>Entry points, one per task: {@link io.modelwright.core.eval.ClassificationMetrics},
 * {@link io.modelwright.core.eval.RegressionMetrics}, {@link io.modelwright.core.eval.ClusteringMetrics},
 * {@link io.modelwright.core.eval.AnomalyMetrics}. Each has a static {@code compute(...)} and a
 * {@code headline()} map of the few numbers shown in a run list. Across folds:
 * {@link io.modelwright.core.eval.CrossValidationSummary} and
 * {@link io.modelwright.core.eval.CorrectedResampledTTest}. Explanations in terms of the original columns:
 * {@link io.modelwright.core.eval.PermutationImportance} (global) and
 * {@link io.modelwright.core.eval.LocalExplanation} (one prediction).
 *
 * <p>Everything here is deterministic: sampling and iteration take an explicit seed, and curves and
 * scatter plots are thinned to a bounded number of points for drawing while metrics use all rows.
 */
package io.modelwright.core.eval;
