package kyodo.voices.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kyodo.core.ApiPage;
import kyodo.core.ApiResponses;
import kyodo.core.ApiProblems;
import kyodo.core.CityClock;
import kyodo.voices.comments.Draft;
import kyodo.voices.comments.DraftService;
import kyodo.voices.comments.OpinionCounts;
import kyodo.voices.comments.OpinionService;
import kyodo.voices.comments.ResultService;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Public comments (パブリックコメント) as JSON, read-only and for anyone, as their public pages show them:
 * the published drafts with their period and counts, and, once published, the result (the summary of the
 * opinions and the city's answers). Who sent an opinion is never in it.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/voices/comments")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class CommentsJsonController {

    static final String DRAFT_EXAMPLE = """
            {"id": 8, "title": "Draft collaboration plan", "summary": "The plan for the next five years.",
             "opensOn": "2026-11-01", "closesOn": "2026-11-30",
             "status": "RESULT_PUBLISHED", "eligibility": ["RESIDENT", "COMMUTER"], "signInRequired": false,
             "periodNote": null, "opinions": 12, "submitters": 7, "publishedAt": "2026-10-25T09:00:00+09:00",
             "sections": ["Chapter 1", "Chapter 2"], "documents": [{"fileName": "draft.pdf", "sizeBytes": 120000,
             "url": "/voices/comments/8/documents/3"}],
             "result": {"changes": "Chapter 2 was rewritten.", "publishedAt": "2026-12-20T09:00:00+09:00",
               "groups": [{"number": 1, "section": "Chapter 1", "summary": "More meeting places.",
                 "response": "We will open the hall on Sundays.", "changed": true, "opinions": 3}]},
             "url": "/voices/comments/8"}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CommentDocument")
    record DocumentJson(String fileName, long sizeBytes, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CommentResultGroup")
    record GroupJson(int number, @Nullable String section, String summary, @Nullable String response, boolean changed,
                     long opinions) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CommentResult", description = "The result of a public comment; null until it is published.")
    record ResultJson(@Nullable String changes, @Nullable OffsetDateTime publishedAt, List<GroupJson> groups) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PublicComment", example = DRAFT_EXAMPLE)
    record DraftJson(long id, String title, String summary, LocalDate opensOn, LocalDate closesOn,
                     @Schema(allowableValues = {"UPCOMING", "OPEN", "CLOSED", "RESULT_PUBLISHED"}, requiredMode = Schema.RequiredMode.REQUIRED) String status,
                     List<String> eligibility, boolean signInRequired, @Nullable String periodNote, long opinions,
                     long submitters, @Nullable OffsetDateTime publishedAt, List<String> sections,
                     List<DocumentJson> documents,
                     @Nullable ResultJson result,
                     String url) {
    }

    private final DraftService drafts;
    private final OpinionService opinions;
    private final ResultService results;
    private final ApiProblems problems;
    private final CityClock clock;

    CommentsJsonController(DraftService drafts, OpinionService opinions, ResultService results, ApiProblems problems,
                           CityClock clock) {
        this.drafts = drafts;
        this.opinions = opinions;
        this.results = results;
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listPublicComments", summary = "Drafts put to public comment, with their results",
            description = "As the public comment page lists them. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of drafts.")
    @ApiResponses.Public
    ApiPage<DraftJson> listPublicComments(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                          @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        List<Draft> all = drafts.publishedDrafts();
        ApiPage<Draft> shown = ApiPage.slice(all, pageNo, pageSize);
        Map<Long, OpinionCounts> counts = opinions.counts(shown.items().stream().map(Draft::id).toList());
        return shown.map(d -> json(d, counts));
    }

    @Get("/{id:[0-9]+}")
    @Operation(operationId = "getPublicComment", summary = "One draft put to public comment, with its result once published")
    @ApiResponse(responseCode = "200", description = "The draft", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DraftJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getPublicComment(long id, HttpRequest<?> request) {
        return drafts.published(id).<HttpResponse<?>>map(d -> HttpResponse.ok(json(d, opinions.counts(List.of(id)))))
                .orElseGet(() -> problems.notFound(request));
    }

    private DraftJson json(Draft d, Map<Long, OpinionCounts> counts) {
        LocalDate today = clock.today();
        String status = d.resultPublished() ? "RESULT_PUBLISHED" : d.open(today) ? "OPEN"
                : d.notYetOpen(today) ? "UPCOMING" : "CLOSED";
        OpinionCounts c = counts.getOrDefault(d.id(), OpinionCounts.none(d.id()));
        ResultJson result = results.result(d.id()).map(r -> new ResultJson(d.resultChanges(),
                d.resultPublishedAt() == null ? null : clock.withOffset(d.resultPublishedAt().withNano(0)),
                r.groups().stream().map(g -> new GroupJson(g.number(), g.section(), g.group().summary(),
                        g.group().response(), g.group().changed(), g.opinions())).toList())).orElse(null);
        return new DraftJson(d.id(), d.title(), d.summary(), d.opensOn(), d.closesOn(), status,
                d.categories().stream().map(Enum::name).toList(), d.signInRequired(), d.periodNote(), c.opinions(),
                c.submitters(), d.publishedAt() == null ? null : clock.withOffset(d.publishedAt().withNano(0)),
                drafts.sections(d.id()).stream().map(s -> s.label()).toList(),
                drafts.documents(d.id()).stream().map(doc -> new DocumentJson(doc.fileName(), doc.sizeBytes(),
                        "/voices/comments/" + d.id() + "/documents/" + doc.id())).toList(), result,
                "/voices/comments/" + d.id());
    }
}
