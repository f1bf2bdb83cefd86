package io.modelwright.desktop.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ScreenWarmUpTest {

    @Test
    void everyStepRunsOffTheJavaFxThread() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            boolean completed = CompletableFuture.supplyAsync(ScreenWarmUp::run, pool).get(60, TimeUnit.SECONDS);
            assertThat(completed).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
