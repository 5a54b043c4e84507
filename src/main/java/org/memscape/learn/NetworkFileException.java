package org.memscape.learn;

/** A network file that cannot be read or used; the message is one line naming the file and what was expected. */
public final class NetworkFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public NetworkFileException(String message) {
        super(message, null, false, false);
    }
}
