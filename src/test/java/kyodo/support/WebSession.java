package kyodo.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A visitor's browser for web tests: keeps cookies, does not follow redirects, adds the CSRF
 * token to every form post (as the portal's forms do), and parses HTML with jsoup so tests
 * assert on what a person sees.
 */
public final class WebSession {

    /** A response as a test reads it. */
    public record Page(int status, String body, byte[] bytes, HttpHeaders headers) {
        public Document html() {
            return Jsoup.parse(body);
        }

        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        /** The text a person reads, without markup. */
        public String text() {
            return html().body() == null ? body : html().body().text();
        }
    }

    /** A file for a multipart form. */
    public record FilePart(String fileName, String contentType, byte[] content) {
    }

    private final URI base;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static WebSession at(java.net.URL base) {
        try {
            return new WebSession(base.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Sends this header with every later request (e.g. X-Forwarded-For from a proxy). */
    public WebSession header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().header("Accept", "text/html"));
    }

    /** Posts a form with the CSRF token of this session (fetched from the sign-in page if there is none yet). */
    public Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", csrfToken());
        return postRaw(path, withToken);
    }

    /** Posts fields given as name, value, name, value … — a name may repeat (lists, rows of a table). */
    public Page postPairs(String path, String... namesAndValues) {
        StringBuilder body = new StringBuilder("csrfToken=" + enc(csrfToken()));
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            body.append('&').append(enc(namesAndValues[i])).append('=').append(enc(namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]));
        }
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    /** Posts exactly these fields: for testing a missing or wrong CSRF token. */
    public Page postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue() == null ? "" : e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A multipart form given as name/value pairs (a name may repeat), with the session's CSRF token and no files. */
    public Page postMultipartPairs(String path, List<String[]> pairs) {
        String boundary = "----kyodo" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String[]> all = new java.util.ArrayList<>(pairs);
        all.add(0, new String[]{"csrfToken", csrfToken()});
        all.forEach(p -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + p[0] + "\"\r\n\r\n" + (p[1] == null ? "" : p[1]) + "\r\n"));
        write(out, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public Page postMultipart(String path, Map<String, String> fields, Map<String, FilePart> files) {
        String boundary = "----kyodo" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("csrfToken", csrfToken());
        withToken.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + (value == null ? "" : value) + "\r\n"));
        files.forEach((name, file) -> {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n");
            out.writeBytes(file.content());
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Sends JSON with the session's cookies (for the /api/v1 endpoints). */
    public Page sendJson(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken());
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Sends a JSON body while accepting {@code accept} (an API client that asks for HTML, say). */
    public Page sendJsonAccepting(String accept, String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", accept).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken());
        return send(builder.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Logs in through the login form; fails the test when the login is refused. */
    public WebSession logIn(String email, String password) {
        Page page = post("/login", Map.of("email", email, "password", password));
        if (page.status() != 303 || cookie("kyodo_token") == null) {
            throw new AssertionError("Login failed for " + email + ": " + page.status() + " " + page.text());
        }
        return this;
    }

    /** Synchronized: requests sent at once from a new session fetch one token, not one each that replace each other. */
    public synchronized String csrfToken() {
        String token = cookie("kyodo_csrf");
        if (token == null) {
            // The sign-in page is always rendered for its visitor (public pages stored for everyone carry no token).
            get("/login");
            token = cookie("kyodo_csrf");
        }
        return token;
    }

    public String cookie(String name) {
        List<HttpCookie> all = cookies.getCookieStore().get(base);
        return all.stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookies.getCookieStore().add(base, cookie);
    }

    private Page send(HttpRequest.Builder request) {
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            return new Page(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), bytes, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
