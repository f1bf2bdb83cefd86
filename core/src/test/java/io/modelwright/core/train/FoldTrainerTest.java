package io.modelwright.core.train;

import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.runtime.featurize.Featurizer;
import io.modelwright.runtime.featurize.FeaturizerSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.Regressor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class FoldTrainerTest {

    @ParameterizedTest
    @CsvSource({"penguins, species, CLASSIFICATION, logistic-regression", "penguins, species, CLASSIFICATION, xgboost",
            "cars, Miles_per_Gallon, REGRESSION, cart"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void trainingDatasetIsTheOneTribuoBuildsFromTheScorersFeaturesRowByRow(String name, String targetName, Task task,
                                                                          String algorithm) {
        DataTable table = name.equals("cars") ? SampleTables.drop(SampleTables.load(name), "Name") : SampleTables.load(name);
        TrainingRequest request = TrainingRequest.builder().table(table).target(targetName).task(task)
                .algorithm(algorithm).build();
        TargetColumn target = TrainingEngine.target(request);
        int[] rows = IntStream.range(0, table.rowCount()).filter(r -> r % 4 != 0 && !table.column(targetName).isMissing(r))
                .toArray();
        FeaturizerSpec spec = new FeaturizerFitter(request.algorithm().standardizesFeatures())
                .fit(table, request.featureColumns(), rows);

        MutableDataset fast = new FoldTrainer(request, target).dataset(spec, rows);

        Featurizer featurizer = new Featurizer(spec);
        TableRows tableRows = new TableRows(table, spec);
        OutputFactory factory = FoldTrainer.factory(task);
        MutableDataset reference = new MutableDataset(new SimpleDataSourceProvenance("Modelwright table", factory),
                factory);
        for (int r : rows) {
            reference.add(Featurizer.toExample(featurizer.featurize(tableRows.row(r)), freshOutput(task, table.column(targetName), r)));
        }
        assertThat(fast.size()).isEqualTo(reference.size());
        for (int i = 0; i < fast.size(); i++) {
            Example a = fast.getExample(i);
            Example b = reference.getExample(i);
            assertThat(a.getOutput()).isEqualTo(b.getOutput());
            assertThat(features(a)).as("example %d", i).isEqualTo(features(b));
        }
        assertThat(fast.getFeatureMap()).isEqualTo(reference.getFeatureMap());
        assertThat(fast.getOutputInfo()).isEqualTo(reference.getOutputInfo());
        assertThat(fast.isDense()).isEqualTo(reference.isDense());

        Model fromFast = request.algorithm().createTrainer(request.hyperparameters(), 3).train(fast);
        Model fromReference = request.algorithm().createTrainer(request.hyperparameters(), 3).train(reference);
        List<Example> test = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r += 4) {
            test.add(Featurizer.toExample(featurizer.featurize(tableRows.row(r)), (Output) factory.getUnknownOutput()));
        }
        List<Prediction> x = fromFast.predict(test);
        List<Prediction> y = fromReference.predict(test);
        for (int i = 0; i < x.size(); i++) {
            assertThat(x.get(i).getOutput().getSerializableForm(true))
                    .isEqualTo(y.get(i).getOutput().getSerializableForm(true));
        }
    }

    /** @return the output Tribuo's own examples get: a new one per row, from the cell's text or number */
    private static Output freshOutput(Task task, Column column, int row) {
        return task == Task.CLASSIFICATION ? new Label(column.text(row))
                : new Regressor(column.name(), ((NumericColumn) column).value(row));
    }

    /** @return name=value-bits pairs, in the example's order */
    private static List<String> features(Example<?> e) {
        List<String> out = new ArrayList<>();
        for (Feature f : e) {
            out.add(f.getName() + "=" + Long.toHexString(Double.doubleToRawLongBits(f.getValue())));
        }
        return out;
    }
}
