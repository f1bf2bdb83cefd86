package io.modelwright.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the app and the libraries it was built with, as recorded at build time. */
public final class RuntimeInfo {
    private static final Properties BUILD = load();

    private RuntimeInfo() {
    }

    /** @return the Modelwright version from the parent POM */
    public static String appVersion() {
        return BUILD.getProperty("app.version", "dev");
    }

    /** @return the Tribuo version the app was built against */
    public static String tribuoVersion() {
        return org.tribuo.Tribuo.VERSION;
    }

    /** @return the Java version running now */
    public static String javaVersion() {
        return System.getProperty("java.version");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RuntimeInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
