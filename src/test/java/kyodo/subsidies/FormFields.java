package kyodo.subsidies;

import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A form as a browser posts it, where a name may repeat (the rows of a budget table, one score per
 * criterion, checkboxes): WebSession posts a map, one value per name.
 */
final class FormFields {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    static FormFields of(String... nameValue) {
        FormFields f = new FormFields();
        for (int i = 0; i < nameValue.length; i += 2) {
            f.set(nameValue[i], nameValue[i + 1]);
        }
        return f;
    }

    /** One value for the name (replacing any). */
    FormFields set(String name, String value) {
        fields.put(name, new ArrayList<>(List.of(value)));
        return this;
    }

    /** One more value for the name. */
    FormFields add(String name, String value) {
        fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        return this;
    }

    /** The value of row {@code row} (1-based) of a repeated name, with empty rows before it as the page sends them. */
    FormFields row(String name, int row, String value) {
        List<String> values = fields.computeIfAbsent(name, n -> new ArrayList<>());
        while (values.size() < row) {
            values.add("");
        }
        values.set(row - 1, value);
        return this;
    }

    FormFields remove(String name) {
        fields.remove(name);
        return this;
    }

    /** Posts the fields with the session's cookies and CSRF token. */
    Page post(WebSession session, URL base, String path) {
        String token = session.csrfToken();
        String body = fields.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&")) + "&csrfToken=" + enc(token);
        StringBuilder cookies = new StringBuilder("kyodo_csrf=" + token);
        String login = session.cookie("kyodo_token");
        if (login != null) {
            cookies.append("; kyodo_token=").append(login);
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                            .timeout(Duration.ofSeconds(60)).header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .header("Cookie", cookies.toString())
                            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
