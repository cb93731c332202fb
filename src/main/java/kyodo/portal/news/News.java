package kyodo.portal.news;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A news item (お知らせ): shown from its publication date until its expiry date (if any); the body is Markdown. */
@MappedEntity("por_news")
public record News(@Id @GeneratedValue @Nullable Long id, String formKey, String category, String title, String body,
                   LocalDate publishOn, @Nullable LocalDate expiresOn, long createdBy, LocalDateTime createdAt, long updatedBy,
                   LocalDateTime updatedAt) {

    public enum Category { NOTICE, EVENT, RECRUIT, SUBSIDY, REPORT }

    public String categoryKey() {
        return "por.news.category." + category;
    }

    public boolean visibleOn(LocalDate day) {
        return !publishOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }
}
