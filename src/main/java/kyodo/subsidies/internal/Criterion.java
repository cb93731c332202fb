package kyodo.subsidies.internal;

/** One line of the rubric, scored 1–5 by each reviewer and weighted. */
public record Criterion(long id, long programId, String name, int weight, int sortOrder) {
}
