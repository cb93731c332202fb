package kyodo.core;

import io.micronaut.core.annotation.AnnotationValue;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.Comparator;
import java.util.Map;

/**
 * Checks a form record's jakarta constraints and turns the violations into {@link FieldErrors}
 * whose keys are in the message bundles. A constraint's own message of the form
 * {@code {error.some.key}} is used as the key as it is.
 */
@Singleton
public class FormValidator {

    private final Validator validator;

    public FormValidator(Validator validator) {
        this.validator = validator;
    }

    public FieldErrors validate(Object form) {
        FieldErrors errors = new FieldErrors();
        validator.validate(form).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> errors.add(v.getPropertyPath().toString(), key(v), argument(v)));
        return errors;
    }

    private static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{error.")) {
            return template.substring(1, template.length() - 1);
        }
        String type = annotationName(violation.getConstraintDescriptor());
        return switch (type) {
            case "NotBlank", "NotNull", "NotEmpty" -> "error.required";
            case "Size" -> "error.tooLong";
            case "Email" -> "error.email";
            case "Min", "Positive", "PositiveOrZero" -> "error.min";
            case "Max" -> "error.max";
            case "Future", "FutureOrPresent" -> "error.future";
            default -> "error.format";
        };
    }

    private static Object argument(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = attributes(violation.getConstraintDescriptor());
        String type = annotationName(violation.getConstraintDescriptor());
        return switch (type) {
            case "Size" -> attributes.get("max");
            case "Min", "Max" -> attributes.get("value");
            case "Positive" -> 1;
            case "PositiveOrZero" -> 0;
            default -> null;
        };
    }

    private static String annotationName(ConstraintDescriptor<?> descriptor) {
        Object annotation = descriptor.getAnnotation();
        if (annotation instanceof AnnotationValue<?> value) {
            String name = value.getAnnotationName();
            return name.substring(name.lastIndexOf('.') + 1);
        }
        return ((java.lang.annotation.Annotation) annotation).annotationType().getSimpleName();
    }

    private static Map<String, Object> attributes(ConstraintDescriptor<?> descriptor) {
        return descriptor.getAttributes();
    }
}
