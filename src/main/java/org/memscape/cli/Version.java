package org.memscape.cli;

import picocli.CommandLine;

/** What {@code --version} prints: the program version of {@link org.memscape.output.Version}. */
public final class Version implements CommandLine.IVersionProvider {

    @Override public String[] getVersion() { return new String[] {"memscape " + org.memscape.output.Version.current()}; }
}
