package io.modelwright.runtime.artifact;

import io.modelwright.runtime.RuntimeInfo;

/**
 * Versions the model was built with.
 *
 * @param modelwright Modelwright version
 * @param tribuo      Tribuo version
 * @param java        Java version
 */
public record BuildVersions(String modelwright, String tribuo, String java) {

    /** @return the versions of the running process */
    public static BuildVersions current() {
        return new BuildVersions(RuntimeInfo.appVersion(), RuntimeInfo.tribuoVersion(), RuntimeInfo.javaVersion());
    }
}
