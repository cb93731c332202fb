package kyodo.portal.api;

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
import kyodo.portal.internal.Markdown;
import kyodo.portal.news.News;
import kyodo.portal.news.NewsDesk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** News (お知らせ) as JSON, read-only and for anyone: the items shown today, newest first, as the news page lists them. */
@OpenAPIGroup("api")
@Controller("/api/v1/news")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class NewsJsonController {

    static final String NEWS_EXAMPLE = """
            {"id": 21, "category": "EVENT", "title": "The civic festival is on 3 March",
             "body": "Come and see **forty** groups.", "bodyHtml": "<p>Come and see <strong>forty</strong> groups.</p>",
             "publishOn": "2026-12-01", "expiresOn": null, "updatedAt": "2026-12-01T10:00:00+09:00", "url": "/news/21"}""";

    /** The maximum the news page shows. */
    static final int LIMIT = 100;

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "News", example = NEWS_EXAMPLE)
    record NewsJson(long id, @Schema(allowableValues = {"NOTICE", "EVENT", "RECRUIT", "SUBSIDY", "REPORT"}, requiredMode = Schema.RequiredMode.REQUIRED) String category,
                    String title, @Schema(description = "Markdown", requiredMode = Schema.RequiredMode.REQUIRED) String body,
                    @Schema(description = "the body as sanitised HTML", requiredMode = Schema.RequiredMode.REQUIRED) String bodyHtml, LocalDate publishOn,
                    @Nullable LocalDate expiresOn, OffsetDateTime updatedAt, String url) {
    }

    private final NewsDesk desk;
    private final ApiProblems problems;
    private final CityClock clock;

    NewsJsonController(NewsDesk desk, ApiProblems problems, CityClock clock) {
        this.desk = desk;
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listNews", summary = "News shown today, newest first (the latest 100)",
            description = "category NOTICE, EVENT, RECRUIT, SUBSIDY or REPORT. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of news.")
    @ApiResponses.Public
    ApiPage<NewsJson> listNews(@Nullable @QueryValue String category, @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                             @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        String c = category != null && Arrays.stream(News.Category.values()).anyMatch(k -> k.name().equals(category)) ? category : "";
        List<News> all = desk.visible(c, LIMIT);
        return ApiPage.slice(all, pageNo, pageSize).map(this::json);
    }

    @Get("/{id:[0-9]+}")
    @Operation(operationId = "getNews", summary = "One news item shown today")
    @ApiResponse(responseCode = "200", description = "The item", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getNews(long id, HttpRequest<?> request) {
        return desk.find(id, false).<HttpResponse<?>>map(n -> HttpResponse.ok(json(n)))
                .orElseGet(() -> problems.notFound(request));
    }

    private NewsJson json(News n) {
        return new NewsJson(n.id(), n.category(), n.title(), n.body(), Markdown.html(n.body()), n.publishOn(),
                n.expiresOn(), clock.withOffset(n.updatedAt().withNano(0)), "/news/" + n.id());
    }
}
