package kyodo.support.festa;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A post of the season's もとむくん・ゆずるくん掲示板: what a participating group wants (WANT) or offers (OFFER). */
@MappedEntity("sup_festa_post")
public record FestaPost(@Id @GeneratedValue @Nullable Long id, long festaId, String kind, String groupName, String text,
                        long createdBy, LocalDateTime createdAt) {

    public String kindKey() {
        return "sup.festa.post.kind." + kind;
    }
}
