package io.modelwright.desktop.cli;

import io.modelwright.core.train.AlgorithmCatalog;
import io.modelwright.core.train.AlgorithmSpec;
import io.modelwright.core.train.Hyperparameter;
import io.modelwright.core.train.NativeSupport;
import io.modelwright.core.train.Task;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code modelwright algorithms [--task T] [--json]}: the algorithm catalog with each algorithm's settings. */
@Command(name = "algorithms", mixinStandardHelpOptions = true, description = "List the algorithms you can train, with their settings.")
public final class AlgorithmsCommand implements Callable<Integer> {
    @Option(names = "--task", paramLabel = "TASK", description = "Only this task: classification, regression, clustering or anomaly.")
    String task;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<AlgorithmSpec> algorithms = task == null ? AlgorithmCatalog.all()
                : AlgorithmCatalog.forTask(Task.fromId(task));
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonOutput.write(json(algorithms)) : text(algorithms));
        out.flush();
        return 0;
    }

    static List<Map<String, Object>> json(List<AlgorithmSpec> algorithms) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AlgorithmSpec a : algorithms) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("task", a.task().id());
            m.put("name", a.displayName());
            m.put("description", a.description());
            m.put("probabilities", a.givesProbabilities());
            m.put("onnx", a.onnxExportable());
            m.put("needsNatives", a.needsNatives());
            m.put("available", NativeSupport.canRun(a));
            NativeSupport.unavailableReason(a).ifPresent(r -> m.put("unavailableReason", r));
            List<Map<String, Object>> params = new ArrayList<>();
            for (Hyperparameter h : a.hyperparameters()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", h.name());
                p.put("type", h.javaType());
                p.put("default", h.defaultValue());
                p.put("allowed", h.allowedInWords());
                p.put("description", h.description());
                params.add(p);
            }
            m.put("hyperparameters", params);
            out.add(m);
        }
        return out;
    }

    static String text(List<AlgorithmSpec> algorithms) {
        StringBuilder s = new StringBuilder();
        Task current = null;
        for (AlgorithmSpec a : algorithms) {
            if (a.task() != current) {
                current = a.task();
                s.append(current.id().toUpperCase(java.util.Locale.ROOT)).append('\n');
            }
            s.append(String.format("  %-22s %s%n  %-22s %s%n", a.id(), a.displayName(), "", a.description()));
            NativeSupport.unavailableReason(a).ifPresent(r -> s.append(String.format("  %-22s %s%n", "",
                    "Unavailable on this computer: " + r + ".")));
            for (Hyperparameter h : a.hyperparameters()) {
                s.append(String.format("  %-22s   --set %s=%s  (%s) %s%n", "", h.name(), h.defaultValue(),
                        h.allowedInWords(), h.description()));
            }
        }
        return s.toString().stripTrailing();
    }
}
