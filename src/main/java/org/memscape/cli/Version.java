package org.memscape.cli;

import picocli.CommandLine;

/** The program version, from the jar manifest when there is one. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override public String[] getVersion() { return new String[] {"memscape " + current()}; }
}
