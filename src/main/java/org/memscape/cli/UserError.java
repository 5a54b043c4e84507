package org.memscape.cli;

/** A failure caused by the user's input; its message is the one line they see. */
final class UserError extends RuntimeException {
    UserError(String message) { super(message, null, false, false); }
}
