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
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kyodo.core.ApiPaging;
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

    static final String PROBLEM_400 = """
            {"type": "about:blank", "title": "Bad request", "status": 400,
             "detail": "page must be a whole number from 1, and size a whole number from 1 to 100",
             "instance": "/api/v1/news", "errors": null}""";
    static final String PROBLEM_404 = """
            {"type": "about:blank", "title": "Not found", "status": 404, "detail": null,
             "instance": "/api/v1/news/999", "errors": null}""";
    static final String NEWS_EXAMPLE = """
            {"id": 21, "category": "EVENT", "title": "The civic festival is on 3 March",
             "body": "Come and see **forty** groups.", "bodyHtml": "<p>Come and see <strong>forty</strong> groups.</p>",
             "publishOn": "2026-12-01", "expiresOn": null, "updatedAt": "2026-12-01T10:00:00+09:00", "url": "/news/21"}""";

    /** The maximum the news page shows. */
    static final int LIMIT = 100;

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewsJson(long id, @Schema(allowableValues = {"NOTICE", "EVENT", "RECRUIT", "SUBSIDY", "REPORT"}) String category,
                    String title, @Schema(description = "Markdown") String body,
                    @Schema(description = "the body as sanitised HTML") String bodyHtml, LocalDate publishOn,
                    @Nullable LocalDate expiresOn, OffsetDateTime updatedAt, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NewsPage(List<NewsJson> items, int page, int size, long total) {
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
            description = "category NOTICE, EVENT, RECRUIT, SUBSIDY or REPORT. `page` from 1; `size` from 1 to 100 (20 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of news", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsPage.class), examples = @ExampleObject(
            value = "{\"items\": [" + NEWS_EXAMPLE + "], \"page\": 1, \"size\": 20, \"total\": 1}")))
    @ApiResponse(responseCode = "400", description = "page or size out of range", content = @Content(mediaType = ApiProblems.MEDIA_TYPE,
            schema = @Schema(implementation = ApiProblems.Problem.class), examples = @ExampleObject(value = PROBLEM_400)))
    HttpResponse<?> listNews(@Nullable @QueryValue String category, @Nullable @QueryValue @Parameter(description = "page number, from 1", schema = @Schema(type = "integer", minimum = "1", defaultValue = "1")) String page,
                             @Nullable @QueryValue @Parameter(description = "items per page, 1 to 100", schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) String size, HttpRequest<?> request) {
        ApiPaging paging = ApiPaging.parse(page, size).orElse(null);
        if (paging == null) {
            return problems.badPaging(request);
        }
        String c = category != null && Arrays.stream(News.Category.values()).anyMatch(k -> k.name().equals(category)) ? category : "";
        List<News> all = desk.visible(c, LIMIT);
        return HttpResponse.ok(new NewsPage(paging.slice(all).stream().map(this::json).toList(), paging.page(),
                paging.size(), all.size()));
    }

    @Get("/{id:[0-9]+}")
    @Operation(operationId = "getNews", summary = "One news item shown today")
    @ApiResponse(responseCode = "200", description = "The item", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewsJson.class), examples = @ExampleObject(value = NEWS_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No news item shown today with this id", content = @Content(
            mediaType = ApiProblems.MEDIA_TYPE, schema = @Schema(implementation = ApiProblems.Problem.class),
            examples = @ExampleObject(value = PROBLEM_404)))
    HttpResponse<?> getNews(long id, HttpRequest<?> request) {
        return desk.find(id, false).<HttpResponse<?>>map(n -> HttpResponse.ok(json(n)))
                .orElseGet(() -> problems.notFound(request));
    }

    private NewsJson json(News n) {
        return new NewsJson(n.id(), n.category(), n.title(), n.body(), Markdown.html(n.body()), n.publishOn(),
                n.expiresOn(), clock.withOffset(n.updatedAt().withNano(0)), "/news/" + n.id());
    }
}
