package kyodo.core.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.inject.Inject;
import kyodo.core.PublicDataFixture;
import kyodo.core.Role;
import kyodo.core.internal.AccessTokenService;
import kyodo.events.EventFixtures;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's contract, checked as an outside developer would: the served OpenAPI document is read and
 * validated (swagger-parser), then EVERY operation in it is called — with good, unknown, unreadable and
 * invalid input, anonymously, with the login cookie (with and without the CSRF header), with a read and a
 * write token and a wrong one, accepting {@code *}{@code /*} and {@code application/json} — and every
 * response's status, content type and body is checked against the document (a JSON Schema validator with the
 * OpenAPI 3.0 dialect). An undocumented status or media type, a body that does not match, an operation that
 * never succeeded or that declares security it does not need (or lacks it) fails the test.
 *
 * <p>A new operation needs one line in {@link #SAMPLES}: how to fill its path parameters and body.
 */
@MicronautTest(transactional = false)
@io.micronaut.context.annotation.Property(name = FailingApiController.PROPERTY, value = "true")
class ApiContractTest {

    /** What a call of one operation needs: path parameters, a body that should succeed and one that breaks a rule. */
    record Sample(Map<String, String> path, String body, String invalidBody) {
        static Sample none() {
            return new Sample(Map.of(), null, null);
        }

        static Sample path(String name, Object value) {
            return new Sample(Map.of(name, String.valueOf(value)), null, null);
        }
    }

    /** The data the samples point at, made before the calls. */
    record Fixture(long event, long group, long lecture, long post, long plan, long program, long comment, long news,
                   long festaYear, long caseStudy, long councilCall, long survey, long surveyWithResults) {
    }

    /** operationId → its sample. Every operation of the document must be here. */
    static final Map<String, Function<Fixture, Sample>> SAMPLES = Map.ofEntries(
            Map.entry("listEvents", f -> Sample.none()),
            Map.entry("getEvent", f -> Sample.path("id", f.event())),
            Map.entry("registerForEvent", f -> new Sample(Map.of("id", String.valueOf(f.event())),
                    "{\"companions\":0,\"answers\":[]}", "{\"companions\":5}")),
            Map.entry("getMyRegistration", f -> Sample.path("id", f.event())),
            Map.entry("cancelMyRegistration", f -> Sample.path("id", f.event())),
            Map.entry("listMyRegistrations", f -> Sample.none()),
            Map.entry("getMyPoints", f -> Sample.none()),
            Map.entry("getMyVolunteerProfile", f -> Sample.none()),
            Map.entry("listMyMatches", f -> Sample.none()),
            Map.entry("listMyGroups", f -> Sample.none()),
            Map.entry("listGroups", f -> Sample.none()),
            Map.entry("getGroup", f -> Sample.path("id", f.group())),
            Map.entry("listLectures", f -> Sample.none()),
            Map.entry("getLecture", f -> Sample.path("id", f.lecture())),
            Map.entry("listBoardPosts", f -> Sample.none()),
            Map.entry("getBoardPost", f -> Sample.path("id", f.post())),
            Map.entry("listPlans", f -> Sample.none()),
            Map.entry("getPlan", f -> Sample.path("id", f.plan())),
            Map.entry("listPlanItems", f -> Sample.path("id", f.plan())),
            Map.entry("listPlanKpis", f -> Sample.path("id", f.plan())),
            Map.entry("listSubsidyPrograms", f -> Sample.none()),
            Map.entry("getSubsidyProgram", f -> Sample.path("id", f.program())),
            Map.entry("listAdoptedProjects", f -> Sample.none()),
            Map.entry("listPublicComments", f -> Sample.none()),
            Map.entry("getPublicComment", f -> Sample.path("id", f.comment())),
            Map.entry("listNews", f -> Sample.none()),
            Map.entry("getNews", f -> Sample.path("id", f.news())),
            Map.entry("listChiiKifuShops", f -> Sample.none()),
            Map.entry("listChiiKifuCampaigns", f -> Sample.none()),
            Map.entry("listFestas", f -> Sample.none()),
            Map.entry("getFesta", f -> Sample.path("fiscalYear", f.festaYear())),
            Map.entry("getLetterRound", f -> Sample.none()),
            Map.entry("listLetterRecipients", f -> Sample.none()),
            Map.entry("listInsuranceFigures", f -> Sample.none()),
            Map.entry("listCaseStudies", f -> Sample.none()),
            Map.entry("getCaseStudy", f -> Sample.path("id", f.caseStudy())),
            Map.entry("listCouncils", f -> Sample.none()),
            Map.entry("getCouncilCall", f -> Sample.path("id", f.councilCall())),
            Map.entry("listSurveys", f -> Sample.none()),
            Map.entry("getSurvey", f -> Sample.path("id", f.survey())),
            Map.entry("getSurveyResults", f -> Sample.path("id", f.surveyWithResults())));

    private static final List<String> ACCEPTS = List.of("*/*", "application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    AccessTokenService tokens;
    @Inject
    javax.sql.DataSource dataSource;
    @Inject
    PublicDataFixture publicData;
    @Inject
    kyodo.core.CityClock clock;

    private final List<String> failures = new ArrayList<>();
    private int calls;

    /** One way of calling: who, and how they authenticate. */
    private record Caller(String name, WebSession session, String bearer, boolean csrf) {
    }

    @Test
    void theDocumentIsValidAndEveryOperationAnswersAsDocumented() throws Exception {
        WebSession anonymous = WebSession.at(server.getURL());
        Page jsonDocument = anonymous.sendJsonAccepting("application/json", "GET", "/api/v1/openapi.json", null);
        assertEquals(200, jsonDocument.status());
        JsonNode doc = JSON.readTree(jsonDocument.body());

        // The document itself: valid OpenAPI 3, the YAML the same document, one unique operationId each.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(jsonDocument.body(), null, options);
        assertTrue(parsed.getMessages() == null || parsed.getMessages().isEmpty(), "OpenAPI: " + parsed.getMessages());
        assertTrue(doc.path("openapi").asText().startsWith("3."), doc.path("openapi").asText());
        Page yamlDocument = anonymous.sendJsonAccepting("application/yaml", "GET", "/api/v1/openapi.yml", null);
        assertEquals(200, yamlDocument.status());
        Object yaml = new Yaml().load(yamlDocument.body());
        assertEquals(doc, JSON.readTree(new ObjectMapper().writeValueAsString(yaml)), "the YAML document says the same as the JSON");
        checkExamples(doc);
        doc.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!name.matches("[A-Z][A-Za-z0-9]*")) {
                failures.add("schema name " + name + ": a plain name (a list is <Item>Page)");
            }
        });

        // The data and the callers.
        WebSession staff = accounts.loggedIn(server.getURL(), Role.STAFF);
        publicData.ensure();
        Fixture fixture = new Fixture(EventFixtures.createPublished(staff, EventFixtures.unique("契約テスト講座"), 3),
                publicData.groupId(), publicData.lectureId(), publicData.postId(), firstId(anonymous, "/api/v1/plans"),
                publicData.programId(), firstId(anonymous, "/api/v1/voices/comments"), firstId(anonymous, "/api/v1/news"),
                publicData.festaYear(), publicData.caseId(), publicData.councilCallId(), publicData.openSurveyId(),
                publicData.resultsSurveyId());
        TestAccounts.TestAccount citizen = accounts.create(Role.CITIZEN);
        WebSession cookie = accounts.logIn(server.getURL(), citizen);
        TestAccounts.TestAccount other = accounts.create(Role.CITIZEN);
        for (TestAccounts.TestAccount volunteer : List.of(citizen, other)) {
            kyodo.support.Db.insert(dataSource, """
                    INSERT INTO dir_volunteer (account_id, name, name_kana, email, contact_method, field_mask, availability,
                      consent_share, active, created_at, updated_at)
                    VALUES (?, ?, 'テスト', ?, 'EMAIL', 3, 5, TRUE, TRUE, '2026-11-01 10:00:00', '2026-11-01 10:00:00')""",
                    volunteer.id(), volunteer.name(), volunteer.email());
        }
        LocalDate lastDay = clock.today().plusDays(7);
        String write = tokens.create(other.id(), "契約テスト（書き込み）", "write", lastDay).secret();
        String read = tokens.create(other.id(), "契約テスト（読み取り）", "read", lastDay).secret();
        List<Caller> callers = List.of(
                new Caller("anonymous", anonymous, null, true),
                new Caller("cookie", cookie, null, true),
                new Caller("cookie without CSRF header", cookie, null, false),
                new Caller("write token", WebSession.at(server.getURL()), write, false),
                new Caller("read token", WebSession.at(server.getURL()), read, false),
                new Caller("wrong token", WebSession.at(server.getURL()), "kyodo_" + "0".repeat(43), false));

        Map<String, Set<Integer>> seen = new LinkedHashMap<>();
        // Twice over, so that what one pass changed (a registration made, then cancelled) is met in both states.
        for (int pass = 0; pass < 2; pass++) {
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> path = paths.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    if (!Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                        continue;
                    }
                    String id = op.getValue().path("operationId").asText("");
                    if (id.isEmpty()) {
                        failures.add(op.getKey().toUpperCase() + " " + path.getKey() + ": no operationId");
                        continue;
                    }
                    if (!SAMPLES.containsKey(id)) {
                        failures.add(id + ": no sample in ApiContractTest.SAMPLES (add how to fill its path parameters and body)");
                        continue;
                    }
                    exercise(doc, path.getKey(), op.getKey().toUpperCase(), op.getValue(), SAMPLES.get(id).apply(fixture),
                            callers, seen.computeIfAbsent(id, k -> new TreeSet<>()));
                }
            }
        }
        wrongMethodsAndMediaTypesAndFailuresAreProblems(doc, fixture, callers);
        seen.forEach((id, statuses) -> {
            if (statuses.stream().noneMatch(s -> s >= 200 && s < 300)) {
                failures.add(id + ": never succeeded, statuses " + statuses);
            }
        });
        System.out.println("api contract: " + seen.size() + " operations, " + calls + " calls, statuses " + seen);
        assertTrue(failures.isEmpty(), failures.size() + " contract failures:\n" + String.join("\n", new LinkedHashSet<>(failures)));
    }

    private void exercise(JsonNode doc, String template, String method, JsonNode op, Sample sample, List<Caller> callers,
                          Set<Integer> seen) {
        boolean secured = op.path("security").isArray() && !op.path("security").isEmpty();
        List<String[]> variants = new ArrayList<>(); // label, path, body
        if (sample.invalidBody() != null) {
            // First, while nothing was written yet (a second registration is answered with the first).
            variants.add(new String[]{"invalid body", fill(template, sample.path(), null), sample.invalidBody()});
        }
        variants.add(new String[]{"good", fill(template, sample.path(), null), sample.body()});
        if (template.contains("{")) {
            variants.add(new String[]{"unknown", fill(template, sample.path(), "999999999"), sample.body()});
        }
        String intParam = intQueryParameter(op);
        if (intParam != null) {
            variants.add(new String[]{"unreadable " + intParam, fill(template, sample.path(), null) + "?" + intParam + "=abc", sample.body()});
            variants.add(new String[]{"out of range " + intParam, fill(template, sample.path(), null) + "?" + intParam + "=0", sample.body()});
        }
        if (op.has("requestBody")) {
            variants.add(new String[]{"unreadable body", fill(template, sample.path(), null), "{\"companions\":"});
            variants.add(new String[]{"wrong body", fill(template, sample.path(), null), "[1,2]"});
        }
        String body0 = op.has("requestBody") ? sample.body() : null;
        for (String[] variant : variants) {
            for (Caller caller : callers) {
                for (String accept : ACCEPTS) {
                    String body = op.has("requestBody") ? variant[2] : body0;
                    Page page = call(caller, method, variant[1], body, accept);
                    calls++;
                    seen.add(page.status());
                    String what = op.path("operationId").asText() + " [" + variant[0] + ", " + caller.name() + ", Accept " + accept
                            + "] " + method + " " + variant[1] + " → " + page.status();
                    check(doc, op, page, what);
                    if (variant[0].equals("good") && caller.name().equals("anonymous")) {
                        if (secured && page.status() < 300) {
                            failures.add(what + ": declares security but answered anonymously");
                        }
                        if (!secured && page.status() == 401) {
                            failures.add(what + ": needs sign-in but declares no security");
                        }
                    }
                }
            }
        }
    }

    /**
     * What the framework answers before an operation runs, called as a client gets it wrong: a method the path does
     * not have (405), a body that is not JSON (415, documented on every write); and a failure inside (500). Each is
     * a problem in the documented schema, problem+json unless the client accepts only JSON, and a 500 tells nothing
     * of the failure.
     */
    private void wrongMethodsAndMediaTypesAndFailuresAreProblems(JsonNode doc, Fixture fixture, List<Caller> callers) {
        JsonNode problemSchema = JSON.createObjectNode().put("$ref", "#/components/schemas/Problem");
        Caller anonymous = callers.get(0);
        Caller writer = callers.stream().filter(c -> c.name().equals("write token")).findFirst().orElseThrow();
        int methodChecks = 0;
        int mediaChecks = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> methods.add(m.toUpperCase()));
            JsonNode anyOp = Set.of("GET", "PUT", "POST", "DELETE", "PATCH").stream().filter(methods::contains).sorted()
                    .map(m -> path.getValue().path(m.toLowerCase())).findFirst().orElseThrow();
            String concrete = fill(path.getKey(), SAMPLES.get(anyOp.path("operationId").asText()).apply(fixture).path(), null);
            for (String wrong : List.of("DELETE", "PATCH", "PUT", "POST")) {
                if (methods.contains(wrong)) {
                    continue;
                }
                for (Caller caller : List.of(anonymous, writer)) {
                    for (String accept : ACCEPTS) {
                        Page page = call(caller, wrong, concrete, wrong.equals("DELETE") ? null : "{}", accept);
                        calls++;
                        methodChecks++;
                        String what = "[wrong method, " + caller.name() + ", Accept " + accept + "] " + wrong + " " + concrete
                                + " → " + page.status();
                        if (page.status() != 405) {
                            failures.add(what + ": expected 405 " + abbreviate(page.body()));
                        } else {
                            checkProblem(doc, problemSchema, page, accept, what);
                        }
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!op.getValue().isObject() || !op.getValue().has("requestBody")) {
                    continue;
                }
                Sample sample = SAMPLES.get(op.getValue().path("operationId").asText()).apply(fixture);
                for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml")) {
                    for (String accept : ACCEPTS) {
                        Page page = callWithType(writer, op.getKey().toUpperCase(), fill(path.getKey(), sample.path(), null),
                                sample.body(), type, accept);
                        calls++;
                        mediaChecks++;
                        String what = op.getValue().path("operationId").asText() + " [body as " + type + ", Accept " + accept + "] → "
                                + page.status();
                        if (page.status() != 415) {
                            failures.add(what + ": expected 415 " + abbreviate(page.body()));
                        } else {
                            check(doc, op.getValue(), page, what);
                            checkProblem(doc, problemSchema, page, accept, what);
                        }
                    }
                }
            }
        }
        assertTrue(methodChecks > 0 && mediaChecks > 0, "405 and 415 were tried");
        for (String accept : ACCEPTS) {
            Page failed = call(anonymous, "GET", "/api/v1/test-failure", null, accept);
            calls++;
            String what = "[a failure inside, Accept " + accept + "] GET /api/v1/test-failure → " + failed.status();
            if (failed.status() != 500) {
                failures.add(what + ": expected 500 " + abbreviate(failed.body()));
                continue;
            }
            checkProblem(doc, problemSchema, failed, accept, what);
            for (String leak : List.of(FailingApiController.SECRET, "IllegalStateException", "at kyodo.", "\tat ", "Exception")) {
                if (failed.body().contains(leak)) {
                    failures.add(what + ": tells of the failure (" + leak + "): " + abbreviate(failed.body()));
                }
            }
        }
    }

    /** A problem in the document's Problem schema, problem+json or (for a client accepting only JSON) JSON. */
    private void checkProblem(JsonNode doc, JsonNode problemSchema, Page page, String accept, String what) {
        String type = page.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        String expected = accept.equals("application/json") ? "application/json" : "application/problem+json";
        if (!type.equals(expected)) {
            failures.add(what + ": content type " + type + ", expected " + expected);
        }
        try {
            JsonNode body = JSON.readTree(page.body());
            List<com.networknt.schema.Error> errors = validator(doc, problemSchema).validate(body);
            if (!errors.isEmpty()) {
                failures.add(what + ": not a Problem: " + errors + " in " + abbreviate(page.body()));
            }
            if (body.path("status").asInt() != page.status()) {
                failures.add(what + ": the problem's status is " + body.path("status"));
            }
        } catch (Exception e) {
            failures.add(what + ": body is not JSON: " + abbreviate(page.body()));
        }
    }

    private Page callWithType(Caller caller, String method, String path, String body, String contentType, String accept) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", accept)
                    .header("Content-Type", contentType).header("Authorization", "Bearer " + caller.bearer())
                    .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8))
                    .build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Page call(Caller caller, String method, String path, String body, String accept) {
        try {
            var builder = java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", accept);
            if (body != null) {
                builder.header("Content-Type", "application/json");
            }
            if (caller.bearer() != null) {
                builder.header("Authorization", "Bearer " + caller.bearer());
            }
            String token = caller.session().cookie("kyodo_token");
            String csrf = caller.csrf() ? caller.session().csrfToken() : null;
            StringBuilder cookies = new StringBuilder();
            if (token != null) {
                cookies.append("kyodo_token=").append(token);
            }
            if (csrf != null) {
                builder.header("X-CSRF-TOKEN", csrf);
                cookies.append(cookies.isEmpty() ? "" : "; ").append("kyodo_csrf=").append(caller.session().cookie("kyodo_csrf"));
            }
            if (!cookies.isEmpty()) {
                builder.header("Cookie", cookies.toString());
            }
            var request = builder.method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                    : java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            return new Page(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The response against the document: its status documented, its media type, its body valid for the schema. */
    private void check(JsonNode doc, JsonNode op, Page page, String what) {
        JsonNode responses = op.path("responses");
        JsonNode response = responses.path(String.valueOf(page.status()));
        if (response.isMissingNode()) {
            response = responses.path(page.status() / 100 + "XX");
        }
        if (response.isMissingNode()) {
            response = responses.path("default");
        }
        if (response.isMissingNode()) {
            failures.add(what + ": status not documented (" + names(responses) + ") " + abbreviate(page.body()));
            return;
        }
        JsonNode content = response.path("content");
        if (page.bytes().length == 0) {
            if (!content.isMissingNode() && !content.isEmpty()) {
                failures.add(what + ": empty body, but content is documented");
            }
            return;
        }
        String type = page.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        JsonNode media = content.path(type);
        if (media.isMissingNode()) {
            failures.add(what + ": content type " + type + " not documented (" + names(content) + ")");
            return;
        }
        JsonNode schema = media.path("schema");
        if (schema.isMissingNode()) {
            failures.add(what + ": no schema documented for " + type);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(page.body());
        } catch (Exception e) {
            failures.add(what + ": body is not JSON: " + abbreviate(page.body()));
            return;
        }
        List<com.networknt.schema.Error> errors = validator(doc, schema).validate(body);
        if (!errors.isEmpty()) {
            failures.add(what + ": " + errors + " in " + abbreviate(page.body()));
        }
    }

    /** Every example in the document's schemas is itself valid for its schema. */
    private void checkExamples(JsonNode doc) throws Exception {
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("components").path("schemas").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> schema = it.next();
            if (schema.getValue().has("example")) {
                JsonNode example = schema.getValue().get("example");
                if (example.isTextual() && !"string".equals(schema.getValue().path("type").asText())) {
                    example = JSON.readTree(example.asText());
                }
                ObjectNode plain = schema.getValue().deepCopy();
                plain.remove("example");
                List<com.networknt.schema.Error> errors = validator(doc, plain).validate(example);
                if (!errors.isEmpty()) {
                    failures.add("example of " + schema.getKey() + ": " + errors);
                }
            }
        }
    }

    private static Schema validator(JsonNode doc, JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("allOf").add(schema);
        root.set("components", doc.path("components"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30(),
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        return registry.getSchema(root);
    }

    /** The id of the first item a public list shows (the demo data the shared fixture seeded). */
    private static long firstId(WebSession session, String list) throws Exception {
        Page page = session.sendJsonAccepting("application/json", "GET", list, null);
        assertEquals(200, page.status(), list + " " + page.body());
        JsonNode items = JSON.readTree(page.body()).path("items");
        assertTrue(items.size() > 0, list + " lists nothing to sample: " + page.body());
        return items.get(0).path("id").asLong();
    }

    private static String intQueryParameter(JsonNode op) {
        for (JsonNode p : op.path("parameters")) {
            if ("query".equals(p.path("in").asText()) && "integer".equals(p.path("schema").path("type").asText())) {
                return p.path("name").asText();
            }
        }
        return null;
    }

    private static String fill(String template, Map<String, String> values, String override) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", URLEncoder.encode(override != null ? override : v.getValue(), StandardCharsets.UTF_8));
        }
        if (path.contains("{")) {
            throw new AssertionError(template + ": a path parameter has no sample value");
        }
        return path;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
