package kyodo.core;

import io.micronaut.serde.annotation.Serdeable;

/** A domain event that only the tests publish. */
@Serdeable
public record TestPing(String id) {
}
