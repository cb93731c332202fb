package kyodo.directory;

import jakarta.inject.Singleton;
import kyodo.support.WebSession;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared helpers for the directory's web tests: unique names, form maps, audit and row counts. */
@Singleton
public class DirectoryTestData {

    private final DataSource dataSource;

    public DirectoryTestData(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, String> groupForm(String name) {
        Map<String, String> form = new HashMap<>();
        form.put("groupName", name);
        form.put("nameKana", "テストダンタイ");
        form.put("groupType", "CIVIC");
        form.put("activityFields", "CHILDCARE");
        form.put("area", "中央地区");
        form.put("schoolDistrict", "中央小学校区");
        form.put("foundedYear", "２０１５");
        form.put("memberCount", "12");
        form.put("groupDescription", "子育て中の親子の居場所づくりをしています。");
        form.put("activityDays", "毎週水曜日 10時〜12時");
        form.put("activityPlace", "中央公民館");
        form.put("publicContact", "事務局 0123-45-6789");
        form.put("privateContact", "代表 090-0000-1111");
        form.put("website", "https://example.jp/group");
        form.put("socialLinks", "");
        return form;
    }

    /** Registers a group as this session's account and returns its id. */
    public static long registerGroup(WebSession session, Map<String, String> form) {
        WebSession.Page created = session.post("/groups", form);
        assertEquals(303, created.status(), created.text());
        String location = created.location();
        return Long.parseLong(location.substring("/groups/".length(), location.indexOf('?')));
    }

    @io.micronaut.transaction.annotation.Transactional
    public long count(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @io.micronaut.transaction.annotation.Transactional
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as text. */
    @io.micronaut.transaction.annotation.Transactional
    public String text(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long audits(String action, long actorId, String targetType) {
        return count("SELECT COUNT(*) FROM core_audit_log WHERE action = ? AND actor_id = ? AND target_type = ?",
                action, actorId, targetType);
    }

    /**
     * Posts a form as a browser does, each value of a list as its own parameter
     * ({@code activityFields=MEDICAL&activityFields=SCHOOL}), with the session's cookies and CSRF token.
     */
    public static WebSession.Page postForm(java.net.URL base, WebSession session, String path, Map<String, ?> fields) {
        StringBuilder body = new StringBuilder("csrfToken=" + enc(session.csrfToken()));
        fields.forEach((name, value) -> {
            for (Object v : value instanceof java.util.Collection<?> c ? c : java.util.List.of(value == null ? "" : value)) {
                body.append('&').append(enc(name)).append('=').append(enc(String.valueOf(v)));
            }
        });
        String cookies = "kyodo_csrf=" + session.csrfToken()
                + (session.cookie("kyodo_token") == null ? "" : "; kyodo_token=" + session.cookie("kyodo_token"));
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                            .newBuilder(base.toURI().resolve(path))
                            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                            .header("Cookie", cookies).header("Accept", "text/html")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new WebSession.Page(response.statusCode(),
                    new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), response.body(), response.headers());
        } catch (java.io.IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    public static Map<String, String> map(String... keyValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
