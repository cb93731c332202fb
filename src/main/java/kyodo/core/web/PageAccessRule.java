package kyodo.core.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import kyodo.core.PageAccess;
import kyodo.core.Role;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Admits or refuses a request to a module's staff area by the roles its permissions class names
 * (before any {@code @Secured} annotation is read); a path outside every area is left to the
 * controller's {@code @Secured} (anonymous or signed in).
 */
@Singleton
public class PageAccessRule implements SecurityRule<HttpRequest<?>> {

    private final List<PageAccess.Area> areas;

    PageAccessRule(List<PageAccess> modules) {
        // The most specific area first: /admin/events/reports before /admin/events.
        this.areas = modules.stream().flatMap(m -> m.areas().stream())
                .sorted(Comparator.comparingInt((PageAccess.Area a) -> a.path().length()).reversed()).toList();
    }

    /** The area a path belongs to, if any. */
    public Optional<PageAccess.Area> areaOf(String path) {
        return areas.stream().filter(a -> a.covers(path)).findFirst();
    }

    /** Whether a visitor with these roles may open the path (true for paths outside every area). */
    public boolean admits(String path, Set<Role> roles) {
        return areaOf(path).map(a -> a.admits(roles)).orElse(true);
    }

    @Override
    public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request == null) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        Optional<PageAccess.Area> area = areaOf(request.getPath());
        if (area.isEmpty()) {
            return Publishers.just(SecurityRuleResult.UNKNOWN);
        }
        if (authentication == null) {
            return Publishers.just(SecurityRuleResult.REJECTED);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        authentication.getRoles().forEach(r -> roles.add(Role.valueOf(r)));
        return Publishers.just(area.get().admits(roles) ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return SecuredAnnotationRule.ORDER - 10;
    }
}
