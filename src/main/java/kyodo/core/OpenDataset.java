package kyodo.core;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One open-data file of the city ({@code /opendata/<name>.csv}). A module implements it in its own package
 * over its own public data (what its public pages show, nothing more); core's catalogue page
 * ({@code /opendata}), its DCAT catalogue ({@code /opendata/catalog.json}) and the file itself are built
 * from every bean of this type, so a new dataset is listed by adding a bean.
 * The file is written by {@link CsvFiles} (UTF-8 with a BOM, CRLF, formula cells neutralised).
 */
public interface OpenDataset {

    /**
     * What the catalogue says of a dataset: the file's stable name, lower-case ASCII ({@code events} →
     * {@code /opendata/events.csv}); the prefix of its message keys ({@code keys + "title"}, the dataset's
     * title, イベント一覧, and {@code keys + "description"}, a sentence saying what the file holds and which
     * rows it keeps); its place in the catalogue, lower first; and its columns in the file's order
     * ({@link Table#rows()} follow them exactly).
     */
    record About(String name, String keys, int order, List<Column> columns) {
    }

    About about();

    default String name() {
        return about().name();
    }

    default String titleKey() {
        return about().keys() + "title";
    }

    default String descriptionKey() {
        return about().keys() + "description";
    }

    default int order() {
        return about().order();
    }

    default List<Column> columns() {
        return about().columns();
    }

    /**
     * Message key naming the 自治体標準オープンデータセット dataset (and its version) whose columns the file
     * follows, or null for a dataset of the city's own design (its columns are documented in the catalogue).
     */
    @Nullable
    default String standardKey() {
        return null;
    }

    /** The rows as of now, and when the data in them last changed. */
    Table table();

    /** A column: its header in the file (a format, so written as the file has it), its type and a description. */
    record Column(String name, Type type, String descriptionKey) {
    }

    /** What a column's cells hold; every cell may also be empty. */
    enum Type {
        /** Free text. */
        TEXT,
        /** A whole number, digits only. */
        INTEGER,
        /** A decimal number (12.5). */
        DECIMAL,
        /** A date, YYYY-MM-DD. */
        DATE,
        /** A time of day, hh:mm. */
        TIME,
        /** An absolute address (https://…). */
        URL,
        /** A code from a fixed list given in the column's description. */
        CODE;

        public String labelKey() {
            return "core.opendata.type." + name();
        }
    }

    /** The rows and the time their data last changed (null when nothing has been published yet). */
    record Table(List<List<?>> rows, @Nullable LocalDateTime modified) {

        /** The latest of the given times (nulls ignored). */
        public static LocalDateTime latest(java.util.stream.Stream<LocalDateTime> times) {
            return times.filter(java.util.Objects::nonNull).max(java.util.Comparator.naturalOrder()).orElse(null);
        }
    }
}
