package io.modelwright.core.train;

import java.util.List;

/**
 * Several algorithms trained on the same folds with the same seed, best first.
 *
 * @param task          the task
 * @param mainMetric    the metric the leaderboard is sorted by
 * @param higherIsBetter whether a larger main metric is better
 * @param validation    e.g. {@code cv:5}
 * @param seed          the seed shared by every algorithm
 * @param leaderboard   entries sorted best first; failed entries last
 */
public record ComparisonResult(Task task, String mainMetric, boolean higherIsBetter, String validation, long seed,
                               List<LeaderboardEntry> leaderboard) {
}
