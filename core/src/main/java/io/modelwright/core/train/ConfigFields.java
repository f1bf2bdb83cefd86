package io.modelwright.core.train;

import com.oracle.labs.mlrg.olcut.config.Config;
import com.oracle.labs.mlrg.olcut.config.Configurable;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the OLCUT {@code @Config} fields of Tribuo trainers by reflection, the way OLCUT's
 * ConfigurationManager does: set the fields of a fresh instance, then call {@code postConfig()} so the trainer
 * rebuilds its internal state from them.
 */
final class ConfigFields {
    private ConfigFields() {
    }

    /** @return every {@code @Config} field of the class and its superclasses */
    static List<Field> of(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Config.class)) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** @return the {@code @Config} field with this name on the class or a superclass */
    static Field find(Class<?> type, String name) {
        for (Field f : of(type)) {
            if (f.getName().equals(name)) {
                f.setAccessible(true);
                return f;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " has no @Config field " + name);
    }

    /** Follows a dotted path ({@code innerTrainer.maxDepth}) to the object that owns the last field. */
    static Object owner(Object root, String path) {
        Object o = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            o = get(o, parts[i]);
        }
        return o;
    }

    static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    static Object get(Object owner, String name) {
        try {
            return find(owner.getClass(), name).get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void set(Object owner, String name, Object value) {
        Field f = find(owner.getClass(), name);
        try {
            Object v = value;
            if (f.getType().isEnum() && value instanceof String s) {
                v = Enum.valueOf((Class<Enum>) f.getType(), s);
            }
            f.set(owner, v);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Calls {@code postConfig()} on a configurable object, as OLCUT does after setting its fields. */
    static void postConfig(Object o) {
        if (!(o instanceof Configurable)) {
            return;
        }
        try {
            Method m = o.getClass().getMethod("postConfig");
            m.invoke(o);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the simple Java type name used by {@link Hyperparameter#javaType()} */
    static String typeName(Class<?> type) {
        return type.isPrimitive() ? type.getName() : type.getSimpleName();
    }

    /** @return the enum constants' names, or an empty list */
    static List<String> allowedValues(Class<?> type) {
        List<String> out = new ArrayList<>();
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                out.add(((Enum<?>) c).name());
            }
        }
        return out;
    }

    static String description(Field f) {
        return f.getAnnotation(Config.class).description();
    }

    static boolean mandatory(Field f) {
        return f.getAnnotation(Config.class).mandatory();
    }
}
