package kyodo.support.festa;

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

import java.time.LocalDate;
import java.util.List;

/**
 * 市民活動フェスタ as JSON, read-only and for anyone, as its public pages show it: the published editions, and
 * one edition with its display periods, the groups' exhibits (text, photos, video link), the season's board and
 * the exchange session. Editions not published are not found.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/support/festa")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class FestaJsonController {

    static final String FESTA_EXAMPLE = """
            {"fiscalYear": 2026, "title": "Civic Activity Festa 2026", "summary": "Exhibits and PR videos of the groups.",
             "url": "/support/festa/2026"}""";
    static final String EDITION_EXAMPLE = """
            {"fiscalYear": 2026, "title": "Civic Activity Festa 2026", "summary": "Exhibits and PR videos of the groups.",
             "periods": [{"name": "Part 1", "startsOn": "2026-12-11", "endsOn": "2026-12-27", "place": "City hall lobby"}],
             "exchange": {"eventId": 31, "title": "Exchange session", "firstDate": "2027-01-23", "url": "/events/31"},
             "exhibits": [{"groupId": 12, "groupName": "Sakura Kosodate Hiroba", "text": "Our year in photos.",
               "photos": [{"url": "/support/festa/photos/5", "altText": "Children planting flowers"}],
               "videoUrl": "https://video.example.jp/festa/12"}],
             "posts": [{"kind": "WANT", "groupName": "Sakura Kosodate Hiroba", "text": "Helpers for serving meals."}],
             "url": "/support/festa/2026"}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Festa", example = FESTA_EXAMPLE)
    record FestaJson(int fiscalYear, String title, String summary, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FestaPeriod")
    record PeriodJson(String name, LocalDate startsOn, LocalDate endsOn, @Nullable String place) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FestaExchange", description = "The exchange session (an event); null when there is none.")
    record ExchangeJson(long eventId, String title, @Nullable LocalDate firstDate, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FestaPhoto")
    record PhotoJson(String url, String altText) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FestaExhibit")
    record ExhibitJson(@Schema(description = "The group in the directory, when it is registered there") @Nullable Long groupId,
                       String groupName, String text, List<PhotoJson> photos,
                       @Schema(description = "A link to the group's PR video on another site") @Nullable String videoUrl) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FestaBoardPost")
    record PostJson(@Schema(description = "WANT or OFFER", allowableValues = {"WANT", "OFFER"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind,
                    String groupName, String text) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FestaEdition", example = EDITION_EXAMPLE)
    record EditionJson(int fiscalYear, String title, String summary, List<PeriodJson> periods, @Nullable ExchangeJson exchange,
                       List<ExhibitJson> exhibits, List<PostJson> posts, String url) {
    }

    private final Festas festas;
    private final ApiProblems problems;

    FestaJsonController(Festas festas, ApiProblems problems) {
        this.festas = festas;
        this.problems = problems;
    }

    @Get
    @Operation(operationId = "listFestas", summary = "The published editions of the civic activity festa, newest first",
            description = "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of editions.")
    @ApiResponses.Public
    ApiPage<FestaJson> listFestas(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                  @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        return ApiPage.slice(festas.published(), pageNo, pageSize).map(f -> new FestaJson(f.fiscalYear(), f.title(), f.summary(),
                url(f.fiscalYear())));
    }

    @Get("/{fiscalYear:[0-9]+}")
    @Operation(operationId = "getFesta", summary = "One published edition of the festa, by its fiscal year")
    @ApiResponse(responseCode = "200", description = "The edition", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EditionJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getFesta(@Parameter(description = "The fiscal year (its first calendar year)", example = "2026") int fiscalYear,
                             HttpRequest<?> request) {
        return festas.publishedEdition(fiscalYear).<HttpResponse<?>>map(e -> HttpResponse.ok(json(e)))
                .orElseGet(() -> problems.notFound(request));
    }

    private EditionJson json(Festas.Edition e) {
        Festa f = e.festa();
        return new EditionJson(f.fiscalYear(), f.title(), f.summary(),
                e.periods().stream().map(p -> new PeriodJson(p.name(), p.startsOn(), p.endsOn(), p.place())).toList(),
                e.exchange() == null ? null : new ExchangeJson(e.exchange().id(), e.exchange().title(), e.exchange().firstDate(),
                        "/events/" + e.exchange().id()),
                e.exhibits().stream().map(x -> new ExhibitJson(x.groupId(), x.groupName(), x.exhibitText(),
                        e.photosOf(x.id()).stream().map(p -> new PhotoJson("/support/festa/photos/" + p.id(), p.altText())).toList(),
                        x.videoUrl())).toList(),
                e.posts().stream().map(p -> new PostJson(p.kind(), p.groupName(), p.text())).toList(),
                url(f.fiscalYear()));
    }

    private static String url(int fiscalYear) {
        return "/support/festa/" + fiscalYear;
    }
}
