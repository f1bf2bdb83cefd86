package io.modelwright.core.export;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Map;

/**
 * Scores a feature matrix with onnxruntime, when it is on the classpath. It is reached by reflection because its
 * jars (54–93 MB of natives) must stay out of what we ship; tests put it on the classpath.
 */
final class OnnxRuntimeCheck {
    private OnnxRuntimeCheck() {
    }

    static boolean available() {
        try {
            Class.forName("ai.onnxruntime.OrtEnvironment");
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * @param onnxFile the model
     * @param features rows of float32 features in the graph's input order
     * @return the graph's first output, one row per input row
     */
    static float[][] score(Path onnxFile, String inputName, float[][] features) throws ReflectiveOperationException {
        Class<?> envClass = Class.forName("ai.onnxruntime.OrtEnvironment");
        Class<?> optionsClass = Class.forName("ai.onnxruntime.OrtSession$SessionOptions");
        Class<?> sessionClass = Class.forName("ai.onnxruntime.OrtSession");
        Class<?> tensorClass = Class.forName("ai.onnxruntime.OnnxTensor");
        Class<?> valueClass = Class.forName("ai.onnxruntime.OnnxValue");
        Object env = envClass.getMethod("getEnvironment").invoke(null);
        Object options = optionsClass.getConstructor().newInstance();
        Object session = envClass.getMethod("createSession", String.class, optionsClass)
                .invoke(env, onnxFile.toString(), options);
        Object tensor = tensorClass.getMethod("createTensor", envClass, Object.class).invoke(null, env, features);
        try {
            Object result = sessionClass.getMethod("run", Map.class).invoke(session, Map.of(inputName, tensor));
            try {
                Object first = Class.forName("ai.onnxruntime.OrtSession$Result").getMethod("get", int.class)
                        .invoke(result, 0);
                Object value = valueClass.getMethod("getValue").invoke(first);
                return (float[][]) value;
            } finally {
                close(result);
            }
        } finally {
            close(tensor);
            close(session);
            close(options);
        }
    }

    private static void close(Object o) throws ReflectiveOperationException {
        Method m = AutoCloseable.class.getMethod("close");
        m.invoke(o);
    }
}
