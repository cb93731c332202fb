package kyodo.core;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Responses every controller needs: a page, a form shown again with its errors, a redirect after POST. */
public final class Pages {

    private Pages() {
    }

    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> page(String view, Map<String, Object> model) {
        return HttpResponse.ok(new ModelAndView<>(view, new HashMap<>(model)));
    }

    /** The form again, with what the person typed and the messages by field (422). */
    public static MutableHttpResponse<ModelAndView<Map<String, Object>>> invalid(String view, Map<String, Object> model,
                                                                              FieldErrors errors) {
        Map<String, Object> withErrors = new HashMap<>(model);
        withErrors.put("errors", errors);
        return HttpResponse.<ModelAndView<Map<String, Object>>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>(view, withErrors));
    }

    /** 303 See Other, so the browser follows with GET. */
    public static MutableHttpResponse<?> redirect(String path) {
        return HttpResponse.seeOther(URI.create(path));
    }

    /**
     * Only paths on this site, so a link cannot send a person elsewhere after login: a browser drops
     * tabs and line breaks and reads a backslash as a slash, so any of those (or an encoded slash at
     * the start) makes {@code /\t/evil.example} as bad as {@code //evil.example}; a path that is not a
     * valid URI (a space, a |) is refused too.
     */
    public static String safeLocalPath(String next, String fallback) {
        if (next == null || !next.startsWith("/")) {
            return fallback;
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                return fallback;
            }
        }
        String lower = next.toLowerCase(java.util.Locale.ROOT);
        if (next.startsWith("//") || lower.startsWith("/%2f") || lower.startsWith("/%5c") || lower.startsWith("/%09")) {
            return fallback;
        }
        try {
            URI uri = new URI(next);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? next : fallback;
        } catch (java.net.URISyntaxException e) {
            return fallback;
        }
    }
}
