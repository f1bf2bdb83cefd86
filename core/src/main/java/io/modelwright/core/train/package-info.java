/**
 * Training: from a typed table to validated models.
 * <p>
 * A {@link io.modelwright.core.train.TrainingRequest} (built and checked by its Builder, from the desktop form or
 * the command line) names the data, target, {@link io.modelwright.core.train.Task}, algorithm from the
 * {@link io.modelwright.core.train.AlgorithmCatalog}, settings, seed and
 * {@link io.modelwright.core.train.ValidationScheme}. {@link io.modelwright.core.train.TrainingEngine} splits the
 * rows ({@link io.modelwright.core.train.StratifiedKFold}, {@link io.modelwright.core.train.StratifiedSplitter}),
 * and per fold fits a featurizer on the training rows only ({@link io.modelwright.core.train.FeaturizerFitter}),
 * trains a fresh Tribuo trainer, and hands the test rows' {@link io.modelwright.core.train.FoldPredictions} to a
 * {@link io.modelwright.core.train.MetricsCalculator}. {@link io.modelwright.core.train.ModelComparison} runs
 * several algorithms on the same folds; {@link io.modelwright.core.train.IsolatedTrainer} runs a request in a
 * worker JVM so that Cancel can kill it.
 */
package io.modelwright.core.train;
