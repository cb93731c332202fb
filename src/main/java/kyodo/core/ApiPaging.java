package kyodo.core;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * The paging of every list of the JSON API: {@code page} from 1, {@code size} from 1 to {@link #MAX_SIZE}
 * ({@link #DEFAULT_SIZE} when not given). Anything else (text, 0, 101) is empty, answered with a 400 problem
 * ({@link ApiProblems#badPaging}). Lists answer with an envelope {@code {items, page, size, total}}.
 */
public record ApiPaging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The paging asked for, or empty when it is not a page number and a size within the limits. */
    public static Optional<ApiPaging> parse(@Nullable String page, @Nullable String size) {
        Integer p = number(page, 1);
        Integer s = number(size, DEFAULT_SIZE);
        if (p == null || s == null || p < 1 || s < 1 || s > MAX_SIZE) {
            return Optional.empty();
        }
        return Optional.of(new ApiPaging(p, s));
    }

    private static Integer number(@Nullable String value, int otherwise) {
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        if (!value.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(value);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** This page of a list read whole (an empty list past the end). */
    public <T> List<T> slice(List<T> all) {
        if (offset() >= all.size()) {
            return List.of();
        }
        return all.subList(offset(), Math.min(all.size(), offset() + size));
    }
}
