package io.modelwright.runtime.featurize;

import org.junit.jupiter.api.Test;
import org.tribuo.Feature;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SortedExampleTest {
    @Test
    void holdsTheFeaturesInTribuosOrder() {
        Random random = new Random(7);
        for (int n = 0; n < 500; n++) {
            int size = random.nextInt(30);
            List<String> unique = new ArrayList<>();
            while (unique.size() < size) {
                String name = (random.nextBoolean() ? "f" : "cat=") + random.nextInt(40);
                if (!unique.contains(name)) {
                    unique.add(name);
                }
            }
            String[] names = unique.toArray(String[]::new);
            double[] values = random.doubles(size).toArray();
            ArrayExample<Label> tribuo = new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, values);
            SortedExample<Label> sorted = SortedExample.sortingInPlace(LabelFactory.UNKNOWN_LABEL, names.clone(),
                    values.clone());
            assertThat(features(sorted)).isEqualTo(features(tribuo));
            assertThat(sorted.validateExample()).isEqualTo(tribuo.validateExample());
        }
    }

    private static List<String> features(ArrayExample<Label> example) {
        List<String> out = new ArrayList<>();
        for (Feature f : example) {
            out.add(f.getName() + "=" + f.getValue());
        }
        return out;
    }
}
