package kyodo;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.DemoData;
import kyodo.core.Role;
import kyodo.support.Db;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every form of the portal, found by walking the pages each role can reach in a demo city (no
 * hand-kept list), sent with each field empty, oversized, of the wrong type, with a control
 * character, a script, SQL, or twice; sent four times at once; and sent by every other role.
 * Fails on any 5xx, and on any change to the database from a submission that was refused.
 */
@MicronautTest(transactional = false)
class FormFuzzTest {

    /** Tables that a refused request may legitimately write: the audit trail, sessions, throttling, mail, the event log. */
    private static final Set<String> MAY_CHANGE_ON_REFUSAL = Set.of("core_audit_log", "core_session", "core_login_throttle",
            "core_outbox", "core_event_publication", "flyway_schema_history");
    /** Forms that would end the walk's own sessions or roles; each has its own tests. */
    private static final List<String> SKIPPED_ACTIONS = List.of("/logout", "/lang", "/password", "/roles", "/account/delete",
            "/disable", "/enable");
    private static final int MAX_PAGES_PER_ROLE = 400;
    private static final int MAX_FIELDS_PER_FORM = 14;

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    List<DemoData> demoData;
    @Inject
    DataSource dataSource;

    record Field(String name, String type, String value, boolean numeric) {
    }

    record Form(String foundOn, String method, String action, boolean multipart, List<Field> fields) {
        String template() {
            return method + " " + action.replaceAll("/[0-9]+", "/{n}").replaceAll("\\?.*", "");
        }
    }

    private final Map<String, AtomicInteger> statusClasses = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private int requests;
    private List<String> checkedTables;
    private final AtomicInteger unique = new AtomicInteger();
    private final Map<String, WebSession> sessions = new LinkedHashMap<>();
    /** The database's checksum after the last refused request, while nothing else has been accepted since. */
    private String known;

    @Test
    void noInputMakesAnyFormAnswer5xxOrWriteWhenRefused() throws Exception {
        Map<Role, TestAccount> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, accounts.create(role));
        }
        Map<Role, Long> ids = new EnumMap<>(Role.class);
        byRole.forEach((role, account) -> ids.put(role, account.id()));
        demoData.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(d -> d.seed(ids));
        checkedTables = tables();

        sessions.put("anonymous", WebSession.at(server.getURL()));
        byRole.forEach((role, account) -> sessions.put(role.name(), accounts.logIn(server.getURL(), account)));

        Map<String, Form> forms = new LinkedHashMap<>();
        Map<String, String> foundBy = new LinkedHashMap<>();
        sessions.forEach((who, session) -> walk(session).forEach(form -> {
            if (forms.putIfAbsent(form.template(), form) == null) {
                foundBy.put(form.template(), who);
            }
        }));
        assertTrue(forms.size() > 20, "the walk finds the portal's forms: " + forms.keySet());

        for (Map.Entry<String, Form> entry : forms.entrySet()) {
            Form form = entry.getValue();
            WebSession owner = sessions.get(foundBy.get(entry.getKey()));
            fuzz(owner, foundBy.get(entry.getKey()), form);
        }

        System.out.printf("form fuzz: %d forms, %d requests, status classes %s, 5xx %d%n", forms.size(), requests,
                statusClasses, statusClasses.getOrDefault("5xx", new AtomicInteger()).get());
        forms.keySet().forEach(t -> System.out.println("  fuzzed " + t + " (found by " + foundBy.get(t) + ")"));
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** The fuzzed login form slowed this address down; later test classes sign in from it too. */
    @org.junit.jupiter.api.AfterEach
    void forgetTheFailedLogins() {
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM core_login_throttle");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the walk

    private List<Form> walk(WebSession session) {
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/manage", "/account", "/mypage"));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perTemplate = new LinkedHashMap<>();
        List<Form> forms = new ArrayList<>();
        int fetched = 0;
        while (!queue.isEmpty() && fetched < MAX_PAGES_PER_ROLE) {
            String path = queue.poll();
            String template = path.replaceAll("[0-9]+", "{n}").replaceAll("\\?.*", "");
            if (!seen.add(path) || perTemplate.merge(template, 1, Integer::sum) > 2) {
                continue;
            }
            fetched++;
            Page page = session.get(path);
            record(page.status(), "GET " + path, null);
            String type = page.headers().firstValue("Content-Type").orElse("");
            if (page.status() != 200 || !type.startsWith("text/html")) {
                continue;
            }
            Document html = page.html();
            for (Element a : html.select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/static/")
                        && !href.matches(".*\\.(csv|ics|xlsx|pdf|yml|json|png|jpg|svg)(\\?.*)?$") && !href.startsWith("/logout")
                        && !href.startsWith("/api/") && !href.startsWith("/lang") && !href.startsWith("/display")) {
                    queue.add(href.replaceAll("#.*", ""));
                }
            }
            for (Element f : html.select("form")) {
                Form form = form(path, f);
                if (form != null) {
                    forms.add(form);
                }
            }
        }
        System.out.printf("form fuzz walk: %d pages, %d forms%n", fetched, forms.size());
        return forms;
    }

    private Form form(String page, Element f) {
        String method = f.attr("method").isBlank() ? "GET" : f.attr("method").toUpperCase();
        String action = f.attr("action").isBlank() ? page : f.attr("action");
        if (!action.startsWith("/") || SKIPPED_ACTIONS.stream().anyMatch(action::contains)) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        Set<String> radios = new LinkedHashSet<>();
        Map<String, Element> firstCheckbox = new LinkedHashMap<>();
        Set<String> checkedNames = new LinkedHashSet<>();
        for (Element input : f.select("input[name], select[name], textarea[name]")) {
            String name = input.attr("name");
            String tag = input.tagName();
            String type = tag.equals("input") ? input.attr("type").toLowerCase() : tag;
            if (type.isEmpty()) {
                type = "text";
            }
            boolean numeric = type.equals("number") || "numeric".equals(input.attr("inputmode"))
                    || "decimal".equals(input.attr("inputmode"));
            switch (type) {
                case "submit", "button", "image", "reset", "file" -> {
                }
                case "checkbox" -> {
                    firstCheckbox.putIfAbsent(name, input);
                    if (input.hasAttr("checked")) {
                        checkedNames.add(name);
                        fields.add(new Field(name, type, input.attr("value").isEmpty() ? "on" : input.attr("value"), false));
                    }
                }
                case "radio" -> {
                    if (input.hasAttr("checked") || !radios.contains(name)
                            && f.select("input[type=radio][name=" + cssName(name) + "][checked]").isEmpty()) {
                        if (radios.add(name)) {
                            fields.add(new Field(name, type, input.attr("value"), false));
                        }
                    }
                }
                case "select" -> {
                    Element selected = input.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = input.select("option").stream().filter(o -> !o.attr("value").isEmpty()).findFirst()
                                .orElse(input.selectFirst("option"));
                    }
                    fields.add(new Field(name, type, selected == null ? "" : selected.attr("value"), false));
                }
                case "textarea" -> fields.add(new Field(name, type, input.text().isEmpty() ? "テスト入力です。" : input.text(), false));
                default -> fields.add(new Field(name, type, plausible(name, type, input.attr("value"), numeric,
                        input.attr("min")), numeric));
            }
        }
        // A box nobody ticked yet (consent, for instance) is ticked: the valid submission needs it.
        firstCheckbox.forEach((name, box) -> {
            if (!checkedNames.contains(name) && box.hasAttr("required")) {
                fields.add(new Field(name, "checkbox", box.attr("value").isEmpty() ? "on" : box.attr("value"), false));
            }
        });
        Element submit = f.selectFirst("button[name][type=submit], button[name]:not([type]), input[type=submit][name]");
        if (submit != null) {
            fields.add(new Field(submit.attr("name"), "submit", submit.attr("value"), false));
        }
        boolean multipart = f.attr("enctype").toLowerCase().startsWith("multipart");
        return new Form(page, method, action, multipart, fields);
    }

    private static String cssName(String name) {
        return "\"" + name.replace("\"", "\\\"") + "\"";
    }

    private String plausible(String name, String type, String current, boolean numeric, String min) {
        if (!current.isEmpty() || type.equals("hidden")) {
            return current;
        }
        String n = name.toLowerCase();
        return switch (type) {
            case "email" -> "fuzz" + unique.incrementAndGet() + "@example.jp";
            case "number" -> min.isEmpty() ? "1" : min;
            case "date" -> "2027-03-15";
            case "datetime-local" -> "2027-03-15T10:00";
            case "time" -> "10:00";
            case "month" -> "2027-03";
            case "tel" -> "029-000-0000";
            case "url" -> "https://example.jp/";
            case "password" -> "fuzz-pass-2026-long";
            default -> numeric ? "1"
                    : n.contains("kana") ? "テスト"
                    : n.contains("postal") || n.contains("zip") ? "305-0001"
                    : n.contains("year") ? "2027"
                    : n.contains("phone") || n.contains("tel") ? "029-000-0000"
                    : n.contains("mail") ? "fuzz" + unique.incrementAndGet() + "@example.jp"
                    : "テスト入力";
        };
    }

    // ---- the fuzzing

    private void fuzz(WebSession owner, String who, Form form) throws Exception {
        List<List<String[]>> variants = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        variants.add(pairs(form, null, null, false));
        labels.add("valid");
        int fieldsFuzzed = 0;
        for (Field field : form.fields()) {
            if (field.name().equals("csrfToken") || field.type().equals("submit") || fieldsFuzzed++ >= MAX_FIELDS_PER_FORM) {
                continue;
            }
            for (String[] bad : badValues(field)) {
                variants.add(pairs(form, field.name(), bad[1], false));
                labels.add(field.name() + " " + bad[0]);
            }
            variants.add(pairs(form, field.name(), null, true));
            labels.add(field.name() + " repeated");
        }
        for (int i = 0; i < variants.size(); i++) {
            send(owner, who, form, variants.get(i), labels.get(i));
        }
        // The valid form four times at once: never a 5xx (a double submit is one submit).
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Page>> same = new ArrayList<>();
            List<String[]> valid = pairs(form, null, null, false);
            for (int i = 0; i < 4; i++) {
                same.add(() -> submit(owner, form, valid));
            }
            for (Future<Page> result : pool.invokeAll(same)) {
                Page page = result.get();
                record(page.status(), form.template() + " sent 4 times at once by " + who, page);
            }
        } finally {
            pool.shutdown();
        }
        known = null;
        settle();
        // Every other role (and nobody) sends the valid form: refused or done, never a 5xx or a write when refused.
        for (Map.Entry<String, WebSession> other : sessions.entrySet()) {
            if (!other.getKey().equals(who)) {
                send(other.getValue(), other.getKey(), form, pairs(form, null, null, false), "valid");
            }
        }
    }

    private static List<String[]> badValues(Field field) {
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[]{"empty", ""});
        bad.add(new String[]{"oversized", "あ".repeat(5000)});
        bad.add(new String[]{"wrong type", field.numeric() || field.type().equals("number") ? "たくさん" : "1e400"});
        bad.add(new String[]{"13 digits", "1234567890123"});
        bad.add(new String[]{"control character", "a\u0000b"});
        bad.add(new String[]{"script and SQL", "<script>alert(1)</script>' OR '1'='1; DROP TABLE core_account; --"});
        bad.add(new String[]{"not an option", "../../etc/passwd"});
        return bad;
    }

    private List<String[]> pairs(Form form, String replaced, String value, boolean repeat) {
        List<String[]> pairs = new ArrayList<>();
        for (Field field : form.fields()) {
            if (field.name().equals("csrfToken")) {
                continue;
            }
            String v = field.name().equals(replaced) && !repeat ? value : field.value();
            if (field.type().equals("email") && (replaced == null || !field.name().equals(replaced))) {
                v = "fuzz" + unique.incrementAndGet() + "@example.jp";
            }
            pairs.add(new String[]{field.name(), v});
            if (repeat && field.name().equals(replaced)) {
                pairs.add(new String[]{field.name(), field.value() + "x"});
            }
        }
        return pairs;
    }

    private void send(WebSession session, String who, Form form, List<String[]> pairs, String label) throws SQLException {
        boolean post = form.method().equals("POST");
        String before = !post ? null : known != null ? known : checksum();
        Page page = submit(session, form, pairs);
        String what = form.template() + " [" + label + "] as " + who + " (form on " + form.foundOn() + ")";
        record(page.status(), what, page);
        if (!post) {
            // A GET may bring derived data up to date (the site search folds rows saved since the last search):
            // the next refused post is compared with the database as it is after it.
            known = null;
            return;
        }
        boolean refused = page.status() >= 400 && page.status() < 500;
        if (refused) {
            String after = checksum();
            if (!after.equals(before)) {
                problems.add("refused with " + page.status() + " but wrote: " + what + " changed " + changed(before, after));
            }
            known = after;
        } else {
            known = null;
            settle();
        }
    }

    private Page submit(WebSession session, Form form, List<String[]> pairs) {
        if (form.method().equals("GET")) {
            StringBuilder query = new StringBuilder();
            for (String[] p : pairs) {
                query.append(query.length() == 0 ? "" : "&").append(enc(p[0])).append('=').append(enc(p[1]));
            }
            URI action = URI.create(form.action());
            return session.get(action.getPath() + "?" + query);
        }
        if (form.multipart()) {
            return session.postMultipartPairs(form.action(), pairs);
        }
        String[] flat = new String[pairs.size() * 2];
        for (int i = 0; i < pairs.size(); i++) {
            flat[2 * i] = pairs.get(i)[0];
            flat[2 * i + 1] = pairs.get(i)[1];
        }
        return session.postPairs(form.action(), flat);
    }

    private void record(int status, String what, Page page) {
        requests++;
        statusClasses.computeIfAbsent(status / 100 + "xx", k -> new AtomicInteger()).incrementAndGet();
        if (status >= 500) {
            problems.add(status + ": " + what);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    // ---- what was written

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() "
                     + "AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                if (!MAY_CHANGE_ON_REFUSAL.contains(rs.getString(1).toLowerCase())) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** One checksum per table, in one statement. */
    private String checksum() throws SQLException {
        StringBuilder sums = new StringBuilder();
        try (Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("CHECKSUM TABLE " + String.join(", ", checkedTables))) {
            while (rs.next()) {
                sums.append(rs.getString(1)).append('=').append(rs.getString(2)).append(';');
            }
        }
        return sums.toString();
    }

    private static String changed(String before, String after) {
        List<String> tables = new ArrayList<>();
        String[] a = before.split(";");
        String[] b = after.split(";");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                tables.add(a[i].substring(0, a[i].indexOf('=')));
            }
        }
        return tables.toString();
    }

    /** Waits for the reactions of other modules to an accepted submission, so that they are not taken for a write. */
    private void settle() {
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until && Db.count(dataSource,
                "SELECT COUNT(*) FROM core_event_publication WHERE completed_at IS NULL AND attempts < 3") > 0) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
