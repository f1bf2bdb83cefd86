package io.modelwright.core.train;

import io.modelwright.core.ModelwrightException;

import java.util.List;

/** Settings that cannot be trained as given. The message lists every problem, each saying what to change. */
public final class TrainingRequestException extends ModelwrightException {
    private final List<String> problems;

    /** @param problem the one problem, in words */
    public TrainingRequestException(String problem) {
        this(List.of(problem));
    }

    /** @param problems every problem, in words */
    public TrainingRequestException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : "The training settings have " + problems.size() + " problems:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return each problem, in words */
    public List<String> problems() {
        return problems;
    }
}
