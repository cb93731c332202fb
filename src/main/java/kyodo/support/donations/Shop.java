package kyodo.support.donations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDateTime;

/** A partner shop of ちい寄附: a donation menu (寄附メニュー) or a donation box (募金箱); {@code updatedAt}: when it was added, ended or resumed. */
@MappedEntity("sup_shop")
public record Shop(@Id @GeneratedValue @Nullable Long id, String name, String area, String kind, boolean active,
                   long createdBy, LocalDateTime createdAt, @Nullable LocalDateTime updatedAt) {

    public enum Kind { MENU, BOX }

    public String kindKey() {
        return "sup.shop.kind." + kind;
    }
}
