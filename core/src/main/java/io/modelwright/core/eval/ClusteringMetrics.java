package io.modelwright.core.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything we report about a clustering. Build it with {@link #compute}.
 *
 * <p>On more than {@link #MAX_SAMPLE} points, the silhouette, the principal components and the scatter
 * plot use one seeded random sample of {@link #MAX_SAMPLE} points ({@link #sampled()} says so);
 * NMI and AMI always use all rows.
 *
 * @param clusterSizes     rows per cluster label, by ascending label
 * @param silhouette       mean Euclidean silhouette in [−1, 1]; NaN without points or unless 2..n−1 clusters
 * @param silhouetteRows   how many points the silhouette was computed on
 * @param sampled          true when the silhouette and projection used a sample rather than all points
 * @param nmi              normalised mutual information against the ground truth; NaN without truth
 * @param ami              adjusted mutual information against the ground truth; NaN without truth
 * @param projection       points on the first two principal components, coloured by cluster; empty without points
 */
public record ClusteringMetrics(Map<Integer, Long> clusterSizes, double silhouette, int silhouetteRows,
                                boolean sampled, double nmi, double ami, List<ProjectedPoint> projection) {
    /** The most points used for the silhouette and the scatter plot. */
    public static final int MAX_SAMPLE = 2000;

    /** Makes the record immutable. */
    public ClusteringMetrics {
        clusterSizes = Collections.unmodifiableMap(new TreeMap<>(clusterSizes));
        projection = List.copyOf(projection);
    }

    /**
     * @param points   coordinates per row (the numeric features the clustering saw); {@code null} to skip
     *                 the silhouette and the projection
     * @param clusters cluster label per row (any ints; a noise label such as −1 counts as a cluster)
     * @param truth    ground-truth label per row, or {@code null} when there is none
     * @param seed     seed of the sample and of the power iteration
     * @return the metrics
     * @throws IllegalArgumentException when the arrays do not match row for row
     */
    public static ClusteringMetrics compute(double[][] points, int[] clusters, int[] truth, long seed) {
        Map<Integer, Long> sizes = new TreeMap<>();
        for (int c : clusters) {
            sizes.merge(c, 1L, Long::sum);
        }
        double nmi = Double.NaN;
        double ami = Double.NaN;
        if (truth != null) {
            MutualInformation information = new MutualInformation(truth, clusters);
            nmi = information.normalized();
            ami = information.adjusted();
        }
        if (points == null || clusters.length == 0) {
            return new ClusteringMetrics(sizes, Double.NaN, 0, false, nmi, ami, List.of());
        }
        if (points.length != clusters.length) {
            throw new IllegalArgumentException("There are " + points.length + " points but "
                    + clusters.length + " cluster assignments; they must match row for row.");
        }
        int[] rows = SeededSample.of(points.length, MAX_SAMPLE, seed);
        double silhouette = SilhouetteScore.of(points, clusters, rows);
        PrincipalComponents components = PrincipalComponents.fit(points, rows, seed);
        List<ProjectedPoint> projection = new ArrayList<>(rows.length);
        for (int r : rows) {
            double[] xy = components.project(points[r]);
            projection.add(new ProjectedPoint(r, xy[0], xy[1], clusters[r]));
        }
        return new ClusteringMetrics(sizes, silhouette, rows.length, rows.length < points.length, nmi, ami, projection);
    }

    /**
     * The few numbers shown in a run list: {@code silhouette} when defined, {@code nmi} and {@code ami}
     * when a ground truth was given.
     *
     * @return an unmodifiable map in that key order
     */
    public Map<String, Double> headline() {
        Map<String, Double> headline = new LinkedHashMap<>();
        if (!Double.isNaN(silhouette)) {
            headline.put("silhouette", silhouette);
        }
        if (!Double.isNaN(nmi)) {
            headline.put("nmi", nmi);
            headline.put("ami", ami);
        }
        return Collections.unmodifiableMap(headline);
    }
}
