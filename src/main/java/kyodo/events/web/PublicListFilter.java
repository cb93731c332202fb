package kyodo.events.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Serves the anonymous event list from {@link PublicListCache} while it is fresh, on the thread
 * that read the request. Controllers run on the blocking pool (they use JDBC); a stored page
 * needs neither, and skipping the hand-over keeps the list quick when many people open it at
 * once. Runs after the security filters, so the page's access rule still applies; anything else
 * (a signed-in visitor, a stale page) goes on to {@link EventController#list}.
 */
@ServerFilter("/events")
class PublicListFilter implements Ordered {

    private final PublicListCache publicList;

    PublicListFilter(PublicListCache publicList) {
        this.publicList = publicList;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveStoredPage(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || request.getUserPrincipal().isPresent()) {
            return null;
        }
        return publicList.fresh(request).orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
