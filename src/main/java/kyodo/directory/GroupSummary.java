package kyodo.directory;

/** What other modules may know of a group. {@code approved} is false until a coordinator approves it. */
public record GroupSummary(long id, String name, String nameKana, GroupType type, boolean approved) {
}
