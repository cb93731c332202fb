package kyodo.directory.board;

import io.micronaut.core.annotation.Introspected;

/** A request still waiting for a volunteer, and how many proposals wait for an answer. */
@Introspected
public record OpenRequestRow(long postId, long proposals) {
}
