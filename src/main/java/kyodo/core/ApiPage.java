package kyodo.core;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The one envelope of every list the JSON API returns: the items of the page asked for ({@code page}
 * from 1, {@code size} items at most), the number of items in all pages ({@code total}) and of pages.
 * {@code items} is always present, empty when nothing matches; a page past the last is empty too.
 *
 * <p>Also the one paging rule of every list: {@code page} from 1 (1 when not given), {@code size} from 1 to
 * {@link #MAX_SIZE} ({@link #DEFAULT_SIZE} when not given). Anything else (0, 101, text, 1.5) is answered with
 * a 400 problem whose detail is {@link #PAGING_KEY}: {@link #page} and {@link #size} throw {@link BadPaging},
 * and a value that is not a whole number fails the conversion of the {@code Integer} parameter.
 */
@Serdeable
public record ApiPage<T>(@Schema(description = "The items of this page, in order; empty when none.", requiredMode = Schema.RequiredMode.REQUIRED) List<T> items,
                         @Schema(description = "Items in all pages.", example = "42", requiredMode = Schema.RequiredMode.REQUIRED) long total,
                         @Schema(description = "This page, from 1.", example = "1", requiredMode = Schema.RequiredMode.REQUIRED) int page,
                         @Schema(description = "Items a page at most.", example = "50", requiredMode = Schema.RequiredMode.REQUIRED) int size,
                         @Schema(description = "Number of pages, at least 1.", example = "1", requiredMode = Schema.RequiredMode.REQUIRED) int pages) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 100;
    /** The message of a 400 for a bad {@code page} or {@code size}. */
    public static final String PAGING_KEY = "core.error.api.paging";

    /** A {@code page} or {@code size} outside its range: a 400 problem with the paging message. */
    public static final class BadPaging extends io.micronaut.http.exceptions.HttpStatusException {
        BadPaging(String parameter) {
            super(io.micronaut.http.HttpStatus.BAD_REQUEST, parameter);
        }
    }

    public static <T> ApiPage<T> of(List<T> items, long total, int page, int size) {
        return new ApiPage<>(items, total, page, size, (int) Math.max(1, (total + size - 1) / size));
    }

    /** One page cut from a whole list. */
    public static <T> ApiPage<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        return of(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
    }

    /** The same page with each item turned into another. */
    public <R> ApiPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ApiPage<>(items.stream().<R>map(mapper).toList(), total, page, size, pages);
    }

    /** The page asked for: {@code null} is the first; below 1 is refused as a bad request. */
    public static int page(Integer page) {
        if (page == null) {
            return 1;
        }
        if (page < 1) {
            throw new BadPaging("page");
        }
        return page;
    }

    /** The size asked for: {@code null} is the default; outside 1 to {@link #MAX_SIZE} is refused. */
    public static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadPaging("size");
        }
        return size;
    }
}
