package io.modelwright.core.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NativeSupportTest {
    private static final AlgorithmSpec XGBOOST = AlgorithmCatalog.find(Task.CLASSIFICATION, "xgboost");

    @Test
    void xgboostRunsOnIntelAndAmd64() {
        assertThat(NativeSupport.unavailableReason(XGBOOST, "Windows 11", "amd64")).isEmpty();
        assertThat(NativeSupport.unavailableReason(XGBOOST, "Mac OS X", "x86_64")).isEmpty();
    }

    @Test
    void xgboostIsUnavailableOnAppleSiliconAndLinuxArm64WithTheReason() {
        assertThat(NativeSupport.unavailableReason(XGBOOST, "Mac OS X", "aarch64"))
                .hasValue("XGBoost has no native library for Mac OS X on aarch64 (it ships for x86_64 only)");
        assertThat(NativeSupport.unavailableReason(XGBOOST, "Linux", "aarch64")).isPresent();
    }

    @Test
    void pureJavaAlgorithmsRunEverywhere() {
        AlgorithmSpec logistic = AlgorithmCatalog.find(Task.CLASSIFICATION, "logistic-regression");
        assertThat(NativeSupport.unavailableReason(logistic, "Mac OS X", "aarch64")).isEmpty();
    }

    @Test
    void defaultsNeedNoNativesWhereXgboostCannotRun() {
        for (Task task : Task.values()) {
            assertThat(AlgorithmCatalog.defaultFor(task, false).needsNatives()).as(task.id()).isFalse();
        }
    }
}
