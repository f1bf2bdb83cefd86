package io.modelwright.runtime.featurize;

import org.junit.jupiter.api.Test;
import org.tribuo.Feature;
import org.tribuo.MutableFeatureMap;
import org.tribuo.util.Merger;
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

    @Test
    void examplesSharingOneNamesArrayStayIndependentThroughTribuosChanges() {
        String[] names = {"a", "b", "c=x", "d"};
        List<SortedExample<Label>> examples = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            examples.add(new SortedExample<>(new Label("y"), names, new double[] {i, i + 0.5, 1, -i}));
        }
        // Each example gets one of ArrayExample's changes; neither the shared array nor the other examples see it.
        MutableFeatureMap otherInstances = new MutableFeatureMap();
        for (String name : names) {
            otherInstances.add(new String(name), 1);
        }
        examples.get(0).add("e", 2);
        examples.get(1).addAll(List.of(new Feature("0", 3), new Feature("bb", 4)));
        examples.get(2).densify(List.of("a", "aa", "b", "c=x", "d", "z"));
        examples.get(3).removeFeatures(List.of(new Feature("b", 0)));
        examples.get(4).reduceByName(Merger.max());
        examples.get(5).canonicalize(otherInstances);
        examples.get(6).add(new Feature("aa", 1));
        examples.get(7).set(new Feature("b", 42));
        examples.get(8).densify(List.of("a", "b", "c=x", "d"));

        assertThat(names).containsExactly("a", "b", "c=x", "d");
        for (int i = 0; i < examples.size(); i++) {
            ArrayExample<Label> copy = new ArrayExample<>(new Label("y"), new String[] {"a", "b", "c=x", "d"},
                    new double[] {i, i + 0.5, 1, -i});
            switch (i) {
                case 0 -> copy.add("e", 2);
                case 1 -> copy.addAll(List.of(new Feature("0", 3), new Feature("bb", 4)));
                case 2 -> copy.densify(List.of("a", "aa", "b", "c=x", "d", "z"));
                case 3 -> copy.removeFeatures(List.of(new Feature("b", 0)));
                case 6 -> copy.add(new Feature("aa", 1));
                case 7 -> copy.set(new Feature("b", 42));
                default -> { }
            }
            assertThat(features(examples.get(i))).as("example %d", i).isEqualTo(features(copy));
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
