package kyodo.core.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * An ETag on every rendered page, so that a revisit of an unchanged page costs a 304 and no body.
 * The tag is a digest of the page as this visitor sees it (their name, their form token), so two
 * visitors never share one. Pages are {@code private, no-cache}: a browser keeps them but asks each
 * time, and no shared cache keeps one visitor's page for another. It runs before the views filter,
 * so its response side sees the page that filter rendered.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class PageValidators implements Ordered {

    static final String PAGE_ATTRIBUTE = "kyodo.page.rendered";

    @ResponseFilter
    MutableHttpResponse<?> validators(HttpRequest<?> request, MutableHttpResponse<?> response) {
        HttpMethod method = request.getMethod();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || response.status() != HttpStatus.OK) {
            return response;
        }
        String page = request.getAttribute(PAGE_ATTRIBUTE, String.class).orElse(null);
        if (page == null) {
            return response;
        }
        String etag = etagOf(page.getBytes(StandardCharsets.UTF_8));
        if (matches(request.getHeaders().get("If-None-Match"), etag)) {
            MutableHttpResponse<?> notModified = HttpResponse.status(HttpStatus.NOT_MODIFIED);
            notModified.getHeaders().set("ETag", etag);
            notModified.getHeaders().set("Cache-Control", "private, no-cache");
            response.getHeaders().getAll("Set-Cookie").forEach(c -> notModified.getHeaders().add("Set-Cookie", c));
            return notModified;
        }
        response.getHeaders().set("ETag", etag);
        if (!response.getHeaders().contains("Cache-Control")) {
            response.getHeaders().set("Cache-Control", "private, no-cache");
        }
        return response;
    }

    /** {@code If-None-Match} compares weakly: a tag sent with or without {@code W/} is the same page. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String bare = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || tag.equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 64 bits from two independent checksums of the bytes (CRC-32C and CRC-32), with their length: a tag only has
     * to tell one version of one visitor's page from the next, and a cryptographic digest cost a twentieth of a page.
     */
    static String etagOf(byte[] page) {
        CRC32C crc32c = new CRC32C();
        crc32c.update(page);
        CRC32 crc32 = new CRC32();
        crc32.update(page);
        return "W/\"" + Long.toHexString(crc32c.getValue()) + "-" + Long.toHexString(crc32.getValue()) + "-"
                + Integer.toHexString(page.length) + "\"";
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }
}
