package io.modelwright.runtime;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorerMainTest {

    @Test
    void optionsMayComeBeforeTheCommandAsTheContainerEntrypointNeeds() {
        Map<String, String> options = new HashMap<>();
        assertThat(ScorerMain.parse(new String[] {"--bind", "0.0.0.0", "serve", "--port=9000"}, options))
                .isEqualTo("serve");
        assertThat(options).containsEntry("bind", "0.0.0.0").containsEntry("port", "9000");
    }

    @Test
    void rejectsAStrayArgumentAndAMissingValue() {
        assertThatThrownBy(() -> ScorerMain.parse(new String[] {"serve", "extra"}, new HashMap<>()))
                .hasMessageContaining("Unexpected argument 'extra'");
        assertThatThrownBy(() -> ScorerMain.parse(new String[] {"serve", "--port"}, new HashMap<>()))
                .hasMessageContaining("--port needs a value");
    }
}
