package dev.gitpodconfig.engine;

/** The check is configured wrongly (an unknown rule id, a directory that cannot be read). */
public final class InvalidOptionsException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     * @param cause the cause, or null
     */
    public InvalidOptionsException(String message, Throwable cause) {
        super(message, cause);
    }
}
