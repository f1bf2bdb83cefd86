package io.modelwright.core.project;

import io.modelwright.runtime.RuntimeInfo;

import java.util.Objects;

/**
 * The software that produced a run.
 *
 * @param app    Modelwright version
 * @param tribuo Tribuo version
 * @param java   Java version
 */
public record Versions(String app, String tribuo, String java) {

    public Versions {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(tribuo, "tribuo");
        Objects.requireNonNull(java, "java");
    }

    /** @return the versions running now */
    public static Versions current() {
        return new Versions(RuntimeInfo.appVersion(), RuntimeInfo.tribuoVersion(), RuntimeInfo.javaVersion());
    }
}
