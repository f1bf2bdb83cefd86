package io.modelwright.desktop.train;

import io.modelwright.core.train.TrainingRequest;
import io.modelwright.core.train.TrainingResult;

/** A request together with what training it produced. */
public record CompletedTraining(TrainingRequest request, TrainingResult result) {
}
