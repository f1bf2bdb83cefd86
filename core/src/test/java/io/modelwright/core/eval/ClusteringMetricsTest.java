package io.modelwright.core.eval;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusteringMetricsTest {
    // scikit-learn's own test case (test_adjusted_mutual_info_score): MI 0.41022, EMI 0.15042, AMI 0.27821
    private static final int[] SKLEARN_A = {1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3};
    private static final int[] SKLEARN_B = {1, 1, 1, 1, 2, 1, 2, 2, 2, 2, 3, 1, 3, 3, 3, 2, 2};

    private static double[][] twoBlobs(int perBlob, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = new double[2 * perBlob][];
        for (int i = 0; i < points.length; i++) {
            double centre = i < perBlob ? 0 : 100;
            points[i] = new double[] {centre + random.nextDouble(), centre + random.nextDouble()};
        }
        return points;
    }

    private static int[] blobLabels(int perBlob) {
        int[] labels = new int[2 * perBlob];
        for (int i = perBlob; i < labels.length; i++) {
            labels[i] = 1;
        }
        return labels;
    }

    @Test
    void silhouetteOfTwoWellSeparatedBlobsIsCloseToOne() {
        ClusteringMetrics m = ClusteringMetrics.compute(twoBlobs(50, 1), blobLabels(50), null, 42);

        assertThat(m.silhouette()).isGreaterThan(0.98);
        assertThat(m.clusterSizes()).containsEntry(0, 50L).containsEntry(1, 50L);
        assertThat(m.headline()).containsOnlyKeys("silhouette");
    }

    @Test
    void silhouetteOfFourPointsOnALineMatchesHandComputation() {
        double[][] points = {{0}, {1}, {10}, {11}};
        ClusteringMetrics m = ClusteringMetrics.compute(points, new int[] {0, 0, 1, 1}, null, 0);

        assertThat(m.silhouette()).isCloseTo((19.0 / 21 + 17.0 / 19) / 2, within(1e-12));
    }

    @Test
    void silhouetteOfOneClusterIsUndefined() {
        ClusteringMetrics m = ClusteringMetrics.compute(new double[][] {{0}, {1}, {2}}, new int[] {0, 0, 0}, null, 0);

        assertThat(m.silhouette()).isNaN();
        assertThat(m.headline()).isEmpty();
    }

    @Test
    void nmiOfIdenticalLabelingsIsOneAndAmiOfPermutedLabelingIsOne() {
        int[] truth = {0, 0, 1, 1, 2, 2, 2};
        int[] renamed = {5, 5, 3, 3, 9, 9, 9};
        ClusteringMetrics m = ClusteringMetrics.compute(null, renamed, truth, 0);

        assertThat(m.nmi()).isCloseTo(1.0, within(1e-12));
        assertThat(m.ami()).isCloseTo(1.0, within(1e-12));
        assertThat(m.headline()).containsOnlyKeys("nmi", "ami");
    }

    @Test
    void nmiAndAmiOfIndependentLabelingsAreAboutZero() {
        int[] truth = new int[1000];
        int[] clusters = new int[1000];
        for (int i = 0; i < 1000; i++) {
            truth[i] = i % 2;
            clusters[i] = (i / 2) % 2;
        }
        ClusteringMetrics m = ClusteringMetrics.compute(null, clusters, truth, 0);

        assertThat(m.nmi()).isCloseTo(0.0, within(1e-12));
        assertThat(m.ami()).isCloseTo(0.0, within(1e-3));
    }

    @Test
    void amiMatchesScikitLearnReferenceValues() {
        MutualInformation information = new MutualInformation(SKLEARN_A, SKLEARN_B);
        int[] a110 = new int[SKLEARN_A.length * 110];
        int[] b110 = new int[SKLEARN_B.length * 110];
        for (int i = 0; i < a110.length; i++) {
            a110[i] = SKLEARN_A[i % SKLEARN_A.length];
            b110[i] = SKLEARN_B[i % SKLEARN_B.length];
        }

        assertThat(information.mutualInformation()).isCloseTo(0.41022, within(5e-6));
        assertThat(ExpectedMutualInformation.of(new long[] {6, 6, 5}, new long[] {6, 7, 4}, 17))
                .isCloseTo(0.15042, within(5e-6));
        assertThat(information.adjusted()).isCloseTo(0.27821, within(5e-6));
        assertThat(new MutualInformation(a110, b110).adjusted()).isCloseTo(0.38, within(5e-3));
        assertThat(new MutualInformation(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3}).adjusted())
                .isCloseTo(0.0, within(1e-12));
    }

    @Test
    void largeDataUsesADeterministicSampleOfTwoThousand() {
        double[][] points = twoBlobs(1500, 3);
        ClusteringMetrics first = ClusteringMetrics.compute(points, blobLabels(1500), null, 11);
        ClusteringMetrics again = ClusteringMetrics.compute(points, blobLabels(1500), null, 11);

        assertThat(first.sampled()).isTrue();
        assertThat(first.silhouetteRows()).isEqualTo(2000);
        assertThat(first.projection()).hasSize(2000);
        assertThat(first).isEqualTo(again);
    }

    @Test
    void projectionFollowsTheDirectionOfGreatestSpread() {
        double[][] points = new double[21][];
        for (int i = 0; i <= 20; i++) {
            double t = i - 10;
            points[i] = new double[] {t, t, (i % 2) * 0.01};
        }
        ClusteringMetrics m = ClusteringMetrics.compute(points, new int[21], null, 5);

        assertThat(Math.abs(m.projection().get(20).x())).isCloseTo(10 * Math.sqrt(2), within(1e-3));
        assertThat(Math.abs(m.projection().get(20).y())).isLessThan(0.01);
    }

    @Test
    void identicalPointsAndOneColumnDataDoNotBreakTheProjection() {
        ClusteringMetrics same = ClusteringMetrics.compute(new double[][] {{1, 1}, {1, 1}, {1, 1}}, new int[] {0, 0, 1}, null, 0);
        ClusteringMetrics line = ClusteringMetrics.compute(new double[][] {{1}, {2}, {3}}, new int[] {0, 0, 1}, null, 0);

        assertThat(same.silhouette()).isCloseTo(0.0, within(1e-12));
        assertThat(same.projection()).extracting(ProjectedPoint::x).containsOnly(0.0);
        assertThat(line.projection()).extracting(ProjectedPoint::x).containsExactly(-1.0, 0.0, 1.0);
        assertThat(line.projection()).extracting(ProjectedPoint::y).containsOnly(0.0);
    }
}
