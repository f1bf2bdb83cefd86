package io.modelwright.desktop.results;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterAlignmentTest {

    @Test
    void renumbersAFoldWhoseClustersAreSwapped() {
        double[][] points = {{0, 0}, {10, 10}, {0.1, 0}, {10, 9.9}};
        int[] clusters = {0, 1, 1, 0};
        int[] folds = {0, 0, 1, 1};

        assertThat(ClusterAlignment.align(points, clusters, folds)).containsExactly(0, 1, 0, 1);
    }

    @Test
    void aClusterWithoutPartnerGetsAFreshNumber() {
        double[][] points = {{0, 0}, {0.2, 0}, {5, 5}};
        int[] clusters = {0, 3, 4};
        int[] folds = {0, 1, 1};

        assertThat(ClusterAlignment.align(points, clusters, folds)).containsExactly(0, 0, 1);
    }
}
