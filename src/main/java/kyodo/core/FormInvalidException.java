package kyodo.core;

/**
 * Thrown by a service when input breaks a rule only the service can check (a duplicate
 * e-mail, a full event). Controllers catch it and show the form again with the messages;
 * because it is thrown inside the transaction, nothing is written.
 */
public class FormInvalidException extends RuntimeException {

    private final FieldErrors errors;

    public FormInvalidException(FieldErrors errors) {
        super(errors.toString(), null, false, false);
        this.errors = errors;
    }

    public FormInvalidException(String field, String key) {
        this(FieldErrors.of(field, key));
    }

    public FieldErrors errors() {
        return errors;
    }
}
