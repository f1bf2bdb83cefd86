package io.modelwright.runtime.score;

import io.modelwright.runtime.TestModels;
import io.modelwright.runtime.artifact.ModelTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.anomaly.AnomalyFactory;
import org.tribuo.anomaly.Event;
import org.tribuo.anomaly.liblinear.LibLinearAnomalyTrainer;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansTrainer;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Clustering and anomaly models load and answer (classification and regression are covered elsewhere). */
class OutputTypesTest {

    @Test
    void clusteringModelAnswersAClusterId(@TempDir Path tmp) throws Exception {
        TestModels.Trained kmeans = TestModels.irisUnsupervised(ModelTask.CLUSTERING, new ClusteringFactory(),
                ClusteringFactory.UNASSIGNED_CLUSTER_ID,
                new KMeansTrainer(3, 10, KMeansTrainer.Distance.EUCLIDEAN, 1, 1L), "kmeans");
        TestModels.writeModelDir(kmeans, "iris-clusters", tmp);
        List<Prediction> p = Scorer.load(tmp).predictBatch(kmeans.rawRows(150));
        assertThat(p).allSatisfy(x -> assertThat(x.cluster()).isBetween(0, 3));
        assertThat(p.stream().map(Prediction::cluster).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void anomalyModelAnswersAFlagAndAScore(@TempDir Path tmp) throws Exception {
        TestModels.Trained oneClass = TestModels.irisUnsupervised(ModelTask.ANOMALY, new AnomalyFactory(),
                new Event(Event.EventType.EXPECTED), new LibLinearAnomalyTrainer(0.1), "liblinear-anomaly");
        TestModels.writeModelDir(oneClass, "iris-anomaly", tmp);
        Prediction p = Scorer.load(tmp).predict(java.util.Map.of("sepal_length", 50.0, "sepal_width", -9.0,
                "petal_length", 40.0, "petal_width", 30.0));
        assertThat(p.task()).isEqualTo(ModelTask.ANOMALY);
        assertThat(p.anomaly()).isNotNull();
        assertThat(p.score()).isNotNull();
    }
}
