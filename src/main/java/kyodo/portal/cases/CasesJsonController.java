package kyodo.portal.cases;

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
import kyodo.core.ApiProblems;
import kyodo.core.ApiResponses;
import kyodo.core.CityClock;
import kyodo.portal.internal.Markdown;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * 活動事例 as JSON, read-only and for anyone: the case studies published with their group's consent, newest
 * change first, as the cases page lists them. Who gave the consent, and stories not published, are not in it.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class CasesJsonController {

    static final String CASE_EXAMPLE = """
            {"id": 6, "title": "A kitchen for the children of Chuo", "groupId": 12, "groupName": "Sakura Kosodate Hiroba",
             "body": "Every **Wednesday** since 2024.", "bodyHtml": "<p>Every <strong>Wednesday</strong> since 2024.</p>",
             "photos": [{"url": "/cases/photos/3", "altText": "Volunteers serving dinner"}],
             "updatedAt": "2026-12-01T10:00:00+09:00", "url": "/cases/6"}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CasePhoto")
    record PhotoJson(String url, String altText) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CaseStudy", example = CASE_EXAMPLE)
    record CaseJson(long id, String title, @Schema(description = "The group in the directory, when it is registered there") @Nullable Long groupId,
                    String groupName, @Schema(description = "Markdown", requiredMode = Schema.RequiredMode.REQUIRED) String body,
                    @Schema(description = "the body as sanitised HTML", requiredMode = Schema.RequiredMode.REQUIRED) String bodyHtml,
                    List<PhotoJson> photos, OffsetDateTime updatedAt, String url) {
    }

    private final CaseStudies cases;
    private final ApiProblems problems;
    private final CityClock clock;

    CasesJsonController(CaseStudies cases, ApiProblems problems, CityClock clock) {
        this.cases = cases;
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listCaseStudies", summary = "Published case studies, newest change first",
            description = "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of case studies.")
    @ApiResponses.Public
    ApiPage<CaseJson> listCaseStudies(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                      @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        return ApiPage.slice(cases.published(), pageNo, pageSize).map(this::json);
    }

    @Get("/{id:[0-9]+}")
    @Operation(operationId = "getCaseStudy", summary = "One published case study")
    @ApiResponse(responseCode = "200", description = "The case study", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getCaseStudy(long id, HttpRequest<?> request) {
        return cases.find(id, false).<HttpResponse<?>>map(c -> HttpResponse.ok(json(c)))
                .orElseGet(() -> problems.notFound(request));
    }

    private CaseJson json(CaseStudy c) {
        return new CaseJson(c.id(), c.title(), c.groupId(), c.groupName(), c.body(), Markdown.html(c.body()),
                cases.photosOf(c.id()).stream().map(p -> new PhotoJson("/cases/photos/" + p.id(), p.altText())).toList(),
                clock.withOffset(c.updatedAt().withNano(0)), "/cases/" + c.id());
    }
}
