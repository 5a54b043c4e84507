package org.memscape.compute;

/** Asked between rows of work: a superseded frame stops early. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean cancelled();
}
