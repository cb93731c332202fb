package kyodo.core;

import io.micronaut.core.annotation.AnnotationValue;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Checks a form record's jakarta constraints and turns the violations into {@link FieldErrors}
 * whose keys are in the message bundles. A constraint's own message of the form
 * {@code {sub.error.someKey}} (a key of one of the bundles, with its module prefix) is used as the key as it is.
 */
@Singleton
public class FormValidator {

    private final Validator validator;

    public FormValidator(Validator validator) {
        this.validator = validator;
    }

    /** One message per field (「入力してください」 before any other), fields in the form's order. */
    public FieldErrors validate(Object form) {
        FieldErrors errors = new FieldErrors();
        List<String> order = form.getClass().isRecord()
                ? Arrays.stream(form.getClass().getRecordComponents()).map(RecordComponent::getName).toList()
                : List.of();
        validator.validate(form).stream()
                .sorted(Comparator.<ConstraintViolation<Object>>comparingInt(v -> position(order, v))
                        .thenComparing(v -> "core.error.required".equals(key(v)) ? 0 : 1))
                .forEach(v -> {
                    String field = v.getPropertyPath().toString();
                    if (!errors.has(field)) {
                        errors.add(field, key(v), argument(v));
                    }
                });
        return errors;
    }

    private static int position(List<String> order, ConstraintViolation<?> violation) {
        int index = order.indexOf(violation.getPropertyPath().toString());
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    private static String key(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
            return template.substring(1, template.length() - 1);
        }
        String type = annotationName(violation.getConstraintDescriptor());
        return switch (type) {
            case "NotBlank", "NotNull", "NotEmpty" -> "core.error.required";
            case "Size" -> "core.error.tooLong";
            case "Email" -> "core.error.email";
            case "Min", "Positive", "PositiveOrZero" -> "core.error.min";
            case "Max" -> "core.error.max";
            case "Future", "FutureOrPresent" -> "core.error.future";
            default -> "core.error.format";
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
