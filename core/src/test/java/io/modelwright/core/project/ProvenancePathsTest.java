package io.modelwright.core.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvenancePathsTest {

    @Test
    void replacesAUnixPathByItsFileName() {
        assertThat(ProvenancePaths.stripAbsolutePaths("{\"path\":\"/home/ana/course/iris.csv\",\"n\":3}"))
                .isEqualTo("{\"path\":\"iris.csv\",\"n\":3}");
    }

    @Test
    void replacesWindowsPathsAndFileUrisInNestedArrays() {
        String json = "{\"sources\":[{\"p\":\"C:\\\\Users\\\\Ana\\\\iris.csv\"},\"file:/home/ana/wine.csv\","
                + "\"file:///C:/data/cars.csv\",\"\\\\\\\\server\\\\share\\\\x.csv\"]}";

        assertThat(ProvenancePaths.stripAbsolutePaths(json))
                .isEqualTo("{\"sources\":[{\"p\":\"iris.csv\"},\"wine.csv\",\"cars.csv\",\"x.csv\"]}");
    }

    @Test
    void makesPathsInsideABaseFolderRelative() {
        String json = "{\"a\":\"/home/ana/course/data/iris.csv\",\"b\":\"/tmp/other.csv\"}";

        assertThat(ProvenancePaths.relativizeAbsolutePaths(json, Path.of("/home/ana/course")))
                .isEqualTo("{\"a\":\"data/iris.csv\",\"b\":\"other.csv\"}");
    }

    @Test
    void returnsJsonWithoutPathsExactlyAsGiven() {
        String json = "{\n  \"class-name\" : \"org.tribuo.Model\",\n  \"ratio\" : \"a/b\",\n  \"url\" : \"https://x.org/a\"\n}";

        assertThat(ProvenancePaths.stripAbsolutePaths(json)).isSameAs(json);
    }

    @Test
    void refusesTextThatIsNotJson() {
        assertThatThrownBy(() -> ProvenancePaths.stripAbsolutePaths("not json {"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
