package io.modelwright.core.train;

import io.modelwright.core.ModelwrightException;
import io.modelwright.core.data.CategoricalColumn;
import io.modelwright.core.data.Column;
import io.modelwright.core.data.DataTable;
import io.modelwright.core.data.NumericColumn;
import io.modelwright.core.task.CancellationToken;
import io.modelwright.core.task.CancelledException;
import io.modelwright.core.task.ProgressListener;
import io.modelwright.core.train.worker.TableFile;
import io.modelwright.runtime.schema.ColumnType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsolatedTrainerTest {

    @Test
    void trainsInAWorkerProcessWithTheSameResultAsInProcess() {
        TrainingRequest request = TrainingRequest.builder().table(SampleTables.load("penguins")).target("species")
                .algorithm("logistic-regression").build();
        List<String> progress = new ArrayList<>();
        TrainingResult isolated = new IsolatedTrainer(256).run(request, (d, t, m) -> progress.add(m),
                CancellationToken.create());
        TrainingResult local = new TrainingEngine().run(request, ProgressListener.NONE, CancellationToken.create());
        assertThat(isolated.folds()).extracting(FoldResult::metrics)
                .isEqualTo(local.folds().stream().map(FoldResult::metrics).toList());
        assertThat(isolated.outOfFold()).hasSameSizeAs(local.outOfFold());
        assertThat(isolated.outOfFold().get(7).probabilities()).containsExactly(local.outOfFold().get(7).probabilities());
        assertThat(isolated.featurizerSpec()).isEqualTo(local.featurizerSpec());
        assertThat(isolated.model()).isNotNull();
        assertThat(isolated.model().getFeatureIDMap().size()).isEqualTo(local.model().getFeatureIDMap().size());
        assertThat(progress).contains("Fold 1 of 5", "Fold 5 of 5");
    }

    @Test
    void cancelKillsTheWorkerAndReturnsWithinTwoSeconds() throws Exception {
        TrainingRequest request = TrainingRequest.builder().table(noise(6000, 10)).target("y").algorithm("libsvm")
                .build();
        CancellationToken token = CancellationToken.create();
        CountDownLatch started = new CountDownLatch(1);
        long[] returnedAt = new long[1];
        Throwable[] thrown = new Throwable[1];
        Thread run = new Thread(() -> {
            try {
                new IsolatedTrainer(512).run(request, (d, t, m) -> started.countDown(), token);
            } catch (Throwable e) {
                thrown[0] = e;
            }
            returnedAt[0] = System.nanoTime();
        });
        run.start();
        assertThat(started.await(60, TimeUnit.SECONDS)).as("the worker reports its first fold").isTrue();
        Thread.sleep(500); // well inside LibSVM's first fold
        long cancelledAt = System.nanoTime();
        token.cancel();
        run.join(10_000);
        assertThat(thrown[0]).isInstanceOf(CancelledException.class);
        assertThat((returnedAt[0] - cancelledAt) / 1_000_000).isLessThan(2000);
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isZero();
    }

    @Test
    void anOutOfMemoryWorkerBecomesAClearErrorAndTheAppLivesOn() {
        TrainingRequest request = TrainingRequest.builder().table(noise(300_000, 10)).target("y")
                .algorithm("logistic-regression").build();
        assertThatThrownBy(() -> new IsolatedTrainer(24).run(request, ProgressListener.NONE, CancellationToken.create()))
                .isInstanceOf(ModelwrightException.class).hasMessageContaining("ran out of memory")
                .hasMessageContaining("24 MB");
    }

    @Test
    void tableFileRoundTripsEveryColumnKind(@TempDir Path dir) throws Exception {
        DataTable cars = SampleTables.load("cars");
        Path file = dir.resolve("t.bin");
        TableFile.write(cars, file);
        DataTable back = TableFile.read(file);
        assertThat(back.columnNames()).isEqualTo(cars.columnNames());
        for (int c = 0; c < cars.columnCount(); c++) {
            Column a = cars.columns().get(c), b = back.columns().get(c);
            assertThat(b.type()).isEqualTo(a.type());
            assertThat(b.missingCount()).isEqualTo(a.missingCount());
            for (int r = 0; r < cars.rowCount(); r++) {
                assertThat(b.text(r)).isEqualTo(a.text(r));
            }
        }
    }

    /** Random numbers with a random two-class label: nothing to learn, so SVMs work hard. */
    static DataTable noise(int rows, int features) {
        Random random = new Random(3);
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            double[] v = new double[rows];
            for (int r = 0; r < rows; r++) {
                v[r] = random.nextGaussian();
            }
            columns.add(new NumericColumn("x" + f, ColumnType.NUMERIC, "", v, null, 0));
        }
        int[] y = new int[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = random.nextInt(2);
        }
        columns.add(new CategoricalColumn("y", ColumnType.CATEGORICAL, "", y, List.of("a", "b"), 0));
        return new DataTable(columns, rows);
    }
}
