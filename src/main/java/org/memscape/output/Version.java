package org.memscape.output;

/** The program version, from the jar manifest when there is one ("dev" when run from the build's classes). */
public final class Version {

    private Version() {}

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
