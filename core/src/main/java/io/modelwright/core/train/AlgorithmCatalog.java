package io.modelwright.core.train;

import org.tribuo.Trainer;
import org.tribuo.anomaly.liblinear.LibLinearAnomalyTrainer;
import org.tribuo.anomaly.libsvm.LibSVMAnomalyTrainer;
import org.tribuo.anomaly.libsvm.SVMAnomalyType;
import org.tribuo.classification.Label;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.ensemble.AdaBoostTrainer;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.classification.libsvm.LibSVMClassificationTrainer;
import org.tribuo.classification.libsvm.SVMClassificationType;
import org.tribuo.classification.mnb.MultinomialNaiveBayesTrainer;
import org.tribuo.classification.sgd.fm.FMClassificationTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.sgd.objectives.Hinge;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.clustering.hdbscan.HdbscanTrainer;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.common.libsvm.KernelType;
import org.tribuo.common.libsvm.SVMParameters;
import org.tribuo.common.nearest.KNNModel;
import org.tribuo.common.nearest.KNNTrainer;
import org.tribuo.common.tree.ExtraTreesTrainer;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.baseline.DummyRegressionTrainer;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.liblinear.LibLinearRegressionTrainer;
import org.tribuo.regression.liblinear.LinearRegressionType;
import org.tribuo.regression.libsvm.LibSVMRegressionTrainer;
import org.tribuo.regression.libsvm.SVMRegressionType;
import org.tribuo.regression.rtree.CARTRegressionTrainer;
import org.tribuo.regression.rtree.impurity.MeanSquaredError;
import org.tribuo.regression.sgd.fm.FMRegressionTrainer;
import org.tribuo.regression.sgd.objectives.SquaredLoss;
import org.tribuo.regression.slm.ElasticNetCDTrainer;
import org.tribuo.regression.slm.LARSLassoTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every algorithm Modelwright can train, by task, with curated settings and defaults that work out of the box on
 * tabular data (XGBoost always with the histogram tree method, AdaGrad rather than Adam, trees with a depth limit).
 */
public final class AlgorithmCatalog {
    /** The seed used when the person sets none. */
    public static final long DEFAULT_SEED = 42;
    /**
     * Threads given to XGBoost by default: see {@link #xgboostThreads}. Read once, from this process's environment
     * (OpenMP reads {@code OMP_WAIT_POLICY} when the native library starts; Java cannot change it afterwards).
     */
    private static final int THREADS = xgboostThreads(System.getenv("OMP_WAIT_POLICY"),
            Runtime.getRuntime().availableProcessors());
    private static final int LOG_QUIETLY = Integer.MAX_VALUE;

    private static final List<AlgorithmSpec> ALL;

    static {
        QuietLibraries.install();
        ALL = build();
    }

    private AlgorithmCatalog() {
    }

    /** @return every entry, grouped by task */
    public static List<AlgorithmSpec> all() {
        return ALL;
    }

    /** @return the entries of one task, in catalog order */
    public static List<AlgorithmSpec> forTask(Task task) {
        return ALL.stream().filter(a -> a.task() == task).toList();
    }

    /** @return the ids valid for a task */
    public static List<String> idsFor(Task task) {
        return forTask(task).stream().map(AlgorithmSpec::id).toList();
    }

    /**
     * @return the entry with this id for this task
     * @throws TrainingRequestException naming the valid ids, or saying which task the id belongs to
     */
    public static AlgorithmSpec find(Task task, String id) {
        for (AlgorithmSpec a : forTask(task)) {
            if (a.id().equals(id)) {
                return a;
            }
        }
        List<String> otherTasks = ALL.stream().filter(a -> a.id().equals(id)).map(a -> a.task().id()).toList();
        String valid = " For " + task.id() + " use one of: " + String.join(", ", idsFor(task)) + ".";
        if (!otherTasks.isEmpty()) {
            throw new TrainingRequestException("The algorithm '" + id + "' is for " + String.join(" or ", otherTasks)
                    + ", not " + task.id() + "." + valid);
        }
        throw new TrainingRequestException("Unknown algorithm '" + id + "'." + valid);
    }

    /**
     * @return the algorithm used when the person picks none: strong on typical tabular data (XGBoost; where its
     * native library cannot run, logistic regression or extra trees)
     */
    public static AlgorithmSpec defaultFor(Task task) {
        return defaultFor(task, NativeSupport.xgboostAvailable());
    }

    static AlgorithmSpec defaultFor(Task task, boolean xgb) {
        return switch (task) {
            case CLASSIFICATION -> find(task, xgb ? "xgboost" : "logistic-regression");
            case REGRESSION -> find(task, xgb ? "xgboost" : "extra-trees");
            case CLUSTERING -> find(task, "kmeans");
            case ANOMALY -> find(task, "one-class-svm");
        };
    }

    private static List<AlgorithmSpec> build() {
        List<AlgorithmSpec> out = new ArrayList<>();
        out.addAll(classification());
        out.addAll(regression());
        out.addAll(clustering());
        out.addAll(anomaly());
        return List.copyOf(out);
    }

    private static List<AlgorithmSpec> classification() {
        Task t = Task.CLASSIFICATION;
        return List.of(
                sgd(AlgorithmSpec.builder("logistic-regression", t, "Logistic regression",
                        "Weighs each feature and turns the sum into class probabilities; fast, easy to explain."
                                + " (Tribuo LogisticRegressionTrainer: SGD with AdaGrad.)")
                        .probabilities().onnx().standardize()
                        .trainer(seed -> seeded(configured(new LogisticRegressionTrainer(), "epochs", 10), seed))),
                sgd(AlgorithmSpec.builder("linear-sgd", t, "Linear SVM (SGD)",
                        "Finds a straight boundary with the widest margin between classes; fast, no probabilities."
                                + " (Tribuo LinearSGDTrainer with hinge loss, AdaGrad.)")
                        .onnx().standardize()
                        .trainer(seed -> new LinearSGDTrainer(new Hinge(), new AdaGrad(0.1, 0.1), 10, LOG_QUIETLY, 1,
                                seed))),
                fm(AlgorithmSpec.builder("factorization-machine", t, "Factorization machine",
                        "A linear model that also learns how pairs of features work together."
                                + " (Tribuo FMClassificationTrainer, AdaGrad.)")
                        .probabilities().onnx().standardize()
                        .trainer(seed -> new FMClassificationTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), 10,
                                LOG_QUIETLY, 1, seed, 6, 0.1))),
                AlgorithmSpec.builder("liblinear", t, "Logistic regression (exact, LibLinear)",
                        "Logistic regression solved exactly; the fastest exact linear model on large data."
                                + " (Tribuo LibLinearClassificationTrainer, L2-regularised logistic regression.)")
                        .probabilities().onnx().standardize()
                        .trainer(seed -> new LibLinearClassificationTrainer(
                                new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), 1.0, 1000,
                                0.01, seed))
                        .field("cost", 1e-6, 1e6).field("maxIterations", 1, 1_000_000).build(),
                svm(AlgorithmSpec.builder("libsvm", t, "Support vector machine (RBF kernel)",
                        "Draws curved boundaries between classes; accurate on small data, slow on large data."
                                + " (Tribuo LibSVMClassificationTrainer, C-SVC.)")
                        .onnx().standardize().slow()
                        .trainer(seed -> new LibSVMClassificationTrainer(new SVMParameters<>(
                                new SVMClassificationType(SVMClassificationType.SVMMode.C_SVC), KernelType.RBF), seed))),
                AlgorithmSpec.builder("cart", t, "Decision tree",
                        "A flowchart of yes/no questions about the features; easy to read, can overfit."
                                + " (Tribuo CARTClassificationTrainer, depth-limited.)")
                        .probabilities().slow()
                        .trainer(seed -> new CARTClassificationTrainer(10, 2f, 0f, 1f, false, new GiniIndex(), seed))
                        .field("maxDepth", 1, 100).field("minChildWeight", 0, 1e6).build(),
                xgbForest(AlgorithmSpec.builder("random-forest", t, "Random forest",
                        "Many decision trees, each on a random sample of rows and features, vote together."
                                + " (XGBoost in random-forest mode: num_parallel_tree trees in one round, hist.)")
                        .probabilities().natives()
                        .trainer(seed -> new XGBoostClassificationTrainer(1, forestParameters("multi:softprob", seed)))),
                extraTrees(AlgorithmSpec.builder("extra-trees", t, "Extra trees",
                        "Like a random forest, but each question uses a random cut point; quick and robust."
                                + " (Tribuo ExtraTreesTrainer over CART, bounded: 30 trees, depth 12.)")
                        .probabilities().slow()
                        .trainer(seed -> new ExtraTreesTrainer<>(new CARTClassificationTrainer(12, 1f, 0f, 0.7f, true,
                                new GiniIndex(), seed), new FullyWeightedVotingCombiner(), 30, seed))),
                xgb(AlgorithmSpec.builder("xgboost", t, "Gradient boosted trees (XGBoost)",
                        "Adds small trees one by one, each fixing the last ones' mistakes; usually the most accurate."
                                + " (Tribuo XGBoostClassificationTrainer, hist.)")
                        .probabilities().natives()
                        .trainer(seed -> new XGBoostClassificationTrainer(XGBoostTrainer.BoosterType.GBTREE,
                                XGBoostTrainer.TreeMethod.HIST, 100, 0.3, 0, 6, 1, 1, 1, 1, 0, THREADS,
                                XGBoostTrainer.LoggingVerbosity.SILENT, seed))),
                AlgorithmSpec.builder("adaboost", t, "AdaBoost",
                        "Trains small trees in turn, each focusing on the rows the previous ones got wrong."
                                + " (Tribuo AdaBoostTrainer over depth-3 CART with a tiny minimum child weight.)")
                        .probabilities().slow()
                        .trainer(seed -> new AdaBoostTrainer(new CARTClassificationTrainer(3, 1e-9f, 0f, 1f, false,
                                new GiniIndex(), seed), 50, seed))
                        .field("numRounds", "numMembers", 1, 1000).field("maxDepth", "innerTrainer.maxDepth", 1, 30)
                        .field("minChildWeight", "innerTrainer.minChildWeight", 0, 1e6).build(),
                AlgorithmSpec.builder("knn", t, "k-nearest neighbours",
                        "Predicts the class most common among the k most similar training rows; slow on large data."
                                + " (Tribuo KNNTrainer, Euclidean distance, brute force.)")
                        .probabilities().standardize().slow()
                        .trainer(seed -> new KNNTrainer<Label>(5, KNNTrainer.Distance.L2, 1, new VotingCombiner(),
                                KNNModel.Backend.STREAMS))
                        .field("k", 1, 10_000).build(),
                AlgorithmSpec.builder("naive-bayes", t, "Naive Bayes (multinomial)",
                        "Counts how often each feature goes with each class; needs features that are never negative."
                                + " (Tribuo MultinomialNaiveBayesTrainer.)")
                        .probabilities()
                        .trainer(seed -> new MultinomialNaiveBayesTrainer(1.0))
                        .field("alpha", 0, 1e6).build(),
                AlgorithmSpec.builder("dummy", t, "Baseline (most frequent class)",
                        "Always predicts the most common class: the score any real model must beat."
                                + " (Tribuo DummyClassifierTrainer.)")
                        .probabilities()
                        .trainer(seed -> DummyClassifierTrainer.createMostFrequentTrainer()).build());
    }

    private static List<AlgorithmSpec> regression() {
        Task t = Task.REGRESSION;
        return List.of(
                sgd(AlgorithmSpec.builder("linear-sgd", t, "Linear regression (SGD)",
                        "Weighs each feature and adds them up to predict the number; fast, easy to explain."
                                + " (Tribuo LinearSGDTrainer, squared loss, AdaGrad.)")
                        .onnx().standardize()
                        .trainer(seed -> new org.tribuo.regression.sgd.linear.LinearSGDTrainer(new SquaredLoss(),
                                new AdaGrad(1.0, 0.1), 20, LOG_QUIETLY, 1, seed))),
                fm(AlgorithmSpec.builder("factorization-machine", t, "Factorization machine",
                        "A linear model that also learns how pairs of features work together."
                                + " (Tribuo FMRegressionTrainer, AdaGrad, standardized target.)")
                        .onnx().standardize()
                        .trainer(seed -> new FMRegressionTrainer(new SquaredLoss(), new AdaGrad(0.1, 0.1), 10,
                                LOG_QUIETLY, 1, seed, 6, 0.1, true))),
                AlgorithmSpec.builder("liblinear", t, "Linear regression (LibLinear SVR)",
                        "A linear model solved exactly with LibLinear; fast on large data."
                                + " (Tribuo LibLinearRegressionTrainer, L2-regularised L2-loss SVR.)")
                        .onnx().standardize()
                        .trainer(seed -> new LibLinearRegressionTrainer(
                                new LinearRegressionType(LinearRegressionType.LinearType.L2R_L2LOSS_SVR), 1.0, 1000,
                                0.01, 0.1, seed))
                        .field("cost", 1e-6, 1e6).field("maxIterations", 1, 1_000_000).build(),
                svm(AlgorithmSpec.builder("libsvm", t, "Support vector regression (RBF kernel)",
                        "Fits a smooth curved surface; accurate on small data, slow on large data."
                                + " (Tribuo LibSVMRegressionTrainer, epsilon-SVR, standardized target.)")
                        .onnx().standardize().slow()
                        .trainer(seed -> new LibSVMRegressionTrainer(new SVMParameters<>(
                                new SVMRegressionType(SVMRegressionType.SVMMode.EPSILON_SVR), KernelType.RBF), true,
                                seed))),
                AlgorithmSpec.builder("cart", t, "Decision tree",
                        "A flowchart of yes/no questions that ends in a number; easy to read, can overfit."
                                + " (Tribuo CARTRegressionTrainer, depth-limited.)")
                        .slow()
                        .trainer(seed -> new CARTRegressionTrainer(10, 2f, 0f, 1f, false, new MeanSquaredError(), seed))
                        .field("maxDepth", 1, 100).field("minChildWeight", 0, 1e6).build(),
                xgbForest(AlgorithmSpec.builder("random-forest", t, "Random forest",
                        "Many decision trees, each on a random sample of rows and features, averaged together."
                                + " (XGBoost in random-forest mode: num_parallel_tree trees in one round, hist.)")
                        .natives()
                        .trainer(seed -> new XGBoostRegressionTrainer(XGBoostRegressionTrainer.RegressionType.LINEAR,
                                1, forestParameters("reg:squarederror", seed)))),
                extraTrees(AlgorithmSpec.builder("extra-trees", t, "Extra trees",
                        "Like a random forest, but each question uses a random cut point; quick and robust."
                                + " (Tribuo ExtraTreesTrainer over CART, bounded: 30 trees, depth 12.)")
                        .slow()
                        .trainer(seed -> new ExtraTreesTrainer<>(new CARTRegressionTrainer(12, 1f, 0f, 0.7f, true,
                                new MeanSquaredError(), seed), new AveragingCombiner(), 30, seed))),
                xgb(AlgorithmSpec.builder("xgboost", t, "Gradient boosted trees (XGBoost)",
                        "Adds small trees one by one, each fixing the last ones' mistakes; usually the most accurate."
                                + " (Tribuo XGBoostRegressionTrainer, hist.)")
                        .natives()
                        .trainer(seed -> new XGBoostRegressionTrainer(XGBoostTrainer.BoosterType.GBTREE,
                                XGBoostTrainer.TreeMethod.HIST, XGBoostRegressionTrainer.RegressionType.LINEAR, 100,
                                0.3, 0, 6, 1, 1, 1, 1, 0, THREADS, XGBoostTrainer.LoggingVerbosity.SILENT, seed))),
                AlgorithmSpec.builder("knn", t, "k-nearest neighbours",
                        "Predicts the average of the k most similar training rows; slow on large data."
                                + " (Tribuo KNNTrainer, Euclidean distance, brute force.)")
                        .standardize().slow()
                        .trainer(seed -> new KNNTrainer<Regressor>(5, KNNTrainer.Distance.L2, 1,
                                new AveragingCombiner(), KNNModel.Backend.STREAMS))
                        .field("k", 1, 10_000).build(),
                AlgorithmSpec.builder("dummy", t, "Baseline (mean)",
                        "Always predicts the training mean: the score any real model must beat."
                                + " (Tribuo DummyRegressionTrainer.)")
                        .trainer(seed -> DummyRegressionTrainer.createMeanTrainer()).build(),
                AlgorithmSpec.builder("elastic-net", t, "Elastic net",
                        "A linear model that shrinks weights and drops unhelpful features."
                                + " (Tribuo ElasticNetCDTrainer, coordinate descent.)")
                        .onnx().standardize()
                        .trainer(seed -> new ElasticNetCDTrainer(0.1, 0.5, seed))
                        .field("alpha", 0, 1e6).field("l1Ratio", 0, 1).build(),
                AlgorithmSpec.builder("lars-lasso", t, "Lasso (LARS)",
                        "A linear model that keeps only the most useful features."
                                + " (Tribuo LARSLassoTrainer.)")
                        .onnx().standardize()
                        .trainer(seed -> new LARSLassoTrainer())
                        .field("maxNumFeatures", -1, 1_000_000).build());
    }

    private static List<AlgorithmSpec> clustering() {
        Task t = Task.CLUSTERING;
        return List.of(
                AlgorithmSpec.builder("kmeans", t, "k-means",
                        "Splits the rows into k groups around k centres, each row joining its nearest centre."
                                + " (Tribuo KMeansTrainer, k-means++ start.)")
                        .standardize()
                        .trainer(seed -> new KMeansTrainer(3, 100, new L2Distance(),
                                KMeansTrainer.Initialisation.PLUSPLUS, 1, seed))
                        .field("k", "centroids", 1, 1000).field("iterations", 1, 100_000).build(),
                AlgorithmSpec.builder("hdbscan", t, "HDBSCAN",
                        "Finds dense groups of any shape and leaves scattered rows as noise; no k to choose."
                                + " (Tribuo HdbscanTrainer.)")
                        .standardize().slow()
                        .trainer(seed -> new HdbscanTrainer(5))
                        .field("minClusterSize", 2, 100_000).field("k", 1, 1000).build());
    }

    private static List<AlgorithmSpec> anomaly() {
        Task t = Task.ANOMALY;
        return List.of(
                AlgorithmSpec.builder("one-class-svm", t, "One-class SVM",
                        "Learns the shape of normal rows and flags the ones that fall outside it."
                                + " (Tribuo LibSVMAnomalyTrainer, RBF kernel.)")
                        .standardize().slow()
                        .trainer(seed -> {
                            SVMParameters<org.tribuo.anomaly.Event> p = new SVMParameters<>(
                                    new SVMAnomalyType(SVMAnomalyType.SVMMode.ONE_CLASS), KernelType.RBF);
                            p.setNu(0.1);
                            return new LibSVMAnomalyTrainer(p, seed);
                        })
                        .field("nu", 1e-6, 1).field("gamma", 0, 1e6).build(),
                AlgorithmSpec.builder("liblinear-anomaly", t, "Linear one-class SVM (LibLinear)",
                        "A fast linear version of the one-class SVM for large data."
                                + " (Tribuo LibLinearAnomalyTrainer.)")
                        .standardize()
                        .trainer(seed -> seeded(new LibLinearAnomalyTrainer(), seed))
                        .field("nu", 1e-6, 1).field("cost", 1e-6, 1e6).build());
    }

    private static AlgorithmSpec sgd(AlgorithmSpec.Builder b) {
        return b.field("epochs", 1, 10_000).field("learningRate", "optimiser.initialLearningRate", 1e-6, 100)
                .field("minibatchSize", 1, 100_000).build();
    }

    private static AlgorithmSpec fm(AlgorithmSpec.Builder b) {
        return b.field("epochs", 1, 10_000).field("learningRate", "optimiser.initialLearningRate", 1e-6, 100)
                .field("factorizedDimSize", 1, 1000).build();
    }

    private static AlgorithmSpec svm(AlgorithmSpec.Builder b) {
        return b.field("cost", 1e-6, 1e6).field("gamma", 0, 1e6).choice("kernelType", "kernelType").build();
    }

    private static AlgorithmSpec xgb(AlgorithmSpec.Builder b) {
        return b.field("numTrees", 1, 5000).field("eta", 1e-6, 1).field("maxDepth", 1, 30)
                .field("minChildWeight", 0, 1e6).field("subsample", 0.01, 1).field("featureSubsample", 0.01, 1)
                .field("nThread", 1, 256).build();
    }

    private static AlgorithmSpec extraTrees(AlgorithmSpec.Builder b) {
        return b.field("numTrees", "numMembers", 1, 500).field("maxDepth", "innerTrainer.maxDepth", 1, 50)
                .field("featureFraction", "innerTrainer.fractionFeaturesInSplit", 0.01, 1).build();
    }

    private static AlgorithmSpec xgbForest(AlgorithmSpec.Builder b) {
        return b.override("numTrees", "num_parallel_tree", "int", "The number of trees in the forest.", 1, 2000)
                .override("maxDepth", "max_depth", "int", "The maximum depth of any tree.", 1, 30)
                .override("featureSubsample", "colsample_bynode", "double",
                        "The fraction of features each split may choose from.", 0.01, 1)
                .override("subsample", "subsample", "double", "The fraction of rows each tree is grown on.", 0.01,
                        1)
                .override("nThread", "nthread", "int", "The number of threads to use at training time.", 1, 256)
                .build();
    }

    /** XGBoost's random-forest mode: one boosting round of many parallel trees, no shrinkage, row/column sampling. */
    static Map<String, Object> forestParameters(String objective, long seed) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("objective", objective);
        p.put("booster", "gbtree");
        p.put("tree_method", "hist");
        // 50, not 100: on the 100k bench file 50 trees scored 0.6991 and 100 trees 0.6988 for half the CPU
        // (4.7 s vs 9.2 s); averaging more trees only lowers variance, which 50 already has little of here.
        p.put("num_parallel_tree", 50);
        p.put("eta", 1.0);
        // 8, not 12: on 100k x 25 features depth 12 cost 4x the CPU (36 s vs 9 s) for +0.01 accuracy
        // (docs/benchmarks.md); deep levels hold thousands of nodes, each with its own histograms.
        p.put("max_depth", 8);
        p.put("min_child_weight", 1.0);
        p.put("subsample", 0.632);
        p.put("colsample_bynode", 0.6);
        p.put("lambda", 0.0);
        p.put("nthread", THREADS);
        p.put("verbosity", 0);
        p.put("seed", seed);
        return p;
    }

    /**
     * XGBoost's default thread count. With {@code OMP_WAIT_POLICY=PASSIVE} (set by the {@code modelwright} launcher,
     * the training worker and the benchmarks) waiting OpenMP threads sleep, and 2 threads trained twice as fast as
     * 1 for the same CPU on a loaded 2-core machine: then every core, up to 4 (more was not measured, and the
     * desktop should stay responsive). Otherwise the threads spin at every barrier, and on a busy 2-core machine
     * two measured 10-50x slower than one on small data: then 1. {@code nThread} overrides either.
     *
     * @param waitPolicy the value of {@code OMP_WAIT_POLICY}, or null when unset
     * @param processors the processors this JVM may use
     */
    static int xgboostThreads(String waitPolicy, int processors) {
        return "PASSIVE".equalsIgnoreCase(waitPolicy == null ? null : waitPolicy.trim())
                ? Math.max(1, Math.min(processors, 4)) : 1;
    }

    /** Sets a {@code @Config} field on a freshly built trainer and re-runs its postConfig. */
    private static Trainer<?> configured(Trainer<?> trainer, String field, Object value) {
        ConfigFields.set(trainer, field, value);
        ConfigFields.postConfig(trainer);
        return trainer;
    }

    private static Trainer<?> seeded(Trainer<?> trainer, long seed) {
        return configured(trainer, "seed", seed);
    }

}
