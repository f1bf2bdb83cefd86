package io.modelwright.bench.train;

import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.train.Fold;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomForest;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

import java.util.ArrayList;
import java.util.List;

/** Weka 3.8.6 as the peer, on the same split converted to {@link Instances} in memory (GPL-3: bench only). */
public final class WekaRuns {
    /** The Weka algorithms, by the name printed in the table. */
    public static final List<String> ALGORITHMS = List.of("Logistic", "J48", "RandomForest");

    private WekaRuns() {
    }

    /** @return {seconds of buildClassifier, test accuracy, process CPU seconds of buildClassifier} */
    public static double[] run(DataTable table, Fold split, String algorithm) throws Exception {
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (Column c : table.columns()) {
            attributes.add(c instanceof CategoricalColumn cat ? new Attribute(c.name(), new ArrayList<>(cat.levels()))
                    : new Attribute(c.name()));
        }
        Instances train = instances("train", table, attributes, split.trainRows());
        Instances test = instances("test", table, attributes, split.testRows());
        AbstractClassifier classifier = classifier(algorithm);
        double c0 = CpuClock.processSeconds();
        long t0 = System.nanoTime();
        classifier.buildClassifier(train);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = CpuClock.processSeconds() - c0;
        int correct = 0;
        for (int i = 0; i < test.numInstances(); i++) {
            if (classifier.classifyInstance(test.instance(i)) == test.instance(i).classValue()) {
                correct++;
            }
        }
        return new double[] {seconds, (double) correct / test.numInstances(), cpu};
    }

    private static AbstractClassifier classifier(String algorithm) {
        return switch (algorithm) {
            case "Logistic" -> new Logistic();
            case "J48" -> new J48();
            case "RandomForest" -> {
                RandomForest rf = new RandomForest(); // 100 trees by default
                rf.setNumExecutionSlots(2);
                rf.setSeed((int) HoldoutSplit.SEED);
                yield rf;
            }
            default -> throw new IllegalArgumentException("Unknown Weka algorithm " + algorithm);
        };
    }

    private static Instances instances(String name, DataTable table, ArrayList<Attribute> attributes, int[] rows) {
        Instances out = new Instances(name, attributes, rows.length);
        List<Column> columns = table.columns();
        for (int r : rows) {
            double[] v = new double[columns.size()];
            for (int j = 0; j < v.length; j++) {
                Column c = columns.get(j);
                v[j] = c instanceof NumericColumn n ? n.value(r) : ((CategoricalColumn) c).codes()[r];
            }
            out.add(new DenseInstance(1.0, v));
        }
        out.setClass(out.attribute(BenchmarkData.TARGET));
        return out;
    }
}
