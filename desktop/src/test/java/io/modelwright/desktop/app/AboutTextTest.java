package io.modelwright.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelwright.runtime.RuntimeInfo;
import org.junit.jupiter.api.Test;

class AboutTextTest {
    @Test
    void namesVersionJavaAndPlatform() {
        assertThat(AboutText.heading()).isEqualTo("Modelwright " + RuntimeInfo.appVersion());
        assertThat(AboutText.body()).contains("Java " + System.getProperty("java.version"))
                .contains(System.getProperty("os.name")).contains("(" + System.getProperty("os.arch") + ")");
    }

    @Test
    void saysWhichAlgorithmsCannotRunHere() {
        String expected = io.modelwright.core.train.NativeSupport.xgboostAvailable()
                ? "All algorithms are available on this computer."
                : "Unavailable on this computer: ";
        assertThat(AboutText.body()).contains(expected);
    }
}
