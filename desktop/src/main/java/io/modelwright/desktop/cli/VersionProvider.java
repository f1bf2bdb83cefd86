package io.modelwright.desktop.cli;

import io.modelwright.runtime.RuntimeInfo;
import picocli.CommandLine;

/** Prints the app version with the Java and platform it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Modelwright " + RuntimeInfo.appVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "Platform " + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                "Tribuo " + RuntimeInfo.tribuoVersion()};
    }
}
