package kyodo.voices.engine;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A questionnaire of the engine, named by its owner and the owner's id for it. */
@MappedEntity("voi_qn_form")
public record QnForm(@Id @GeneratedValue @Nullable Long id, String owner, long ownerRef, boolean frozen,
                     LocalDateTime createdAt) {
}
