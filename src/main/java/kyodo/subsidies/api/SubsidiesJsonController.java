package kyodo.subsidies.api;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.MessageSource;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
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
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.subsidies.AdoptedProject;
import kyodo.subsidies.SubsidiesApi;
import kyodo.subsidies.internal.Category;
import kyodo.subsidies.internal.ProgramCatalog;
import kyodo.subsidies.internal.Window;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The subsidy programs as JSON, read-only and for anyone, as the public subsidy pages show them: each
 * program with its categories and windows (status by the city clock: UPCOMING 募集前, OPEN 募集中,
 * CLOSED 締切), and the adopted projects whose results are released, with their amounts.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/subsidies")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class SubsidiesJsonController {

    static final String PROGRAM_EXAMPLE = """
            {"id": 4, "fiscalYear": 2026, "name": "Civic activity subsidy", "purpose": "To support civic activities.",
             "budget": 3000000, "fundSource": "Hometown tax donations", "eligibleTypes": ["NPO", "CIVIC"],
             "guidelines": "Read the guidelines before applying.",
             "categories": [{"name": "Start-up", "maxAmount": 100000, "rate": "1/1", "description": "For new groups."}],
             "windows": [{"number": 1, "opensAt": "2026-04-01T09:00:00+09:00", "closesAt": "2026-04-30T17:00:00+09:00",
               "status": "CLOSED", "statusLabel": "Closed", "sessionDate": "2026-05-20", "sessionTime": "13:30:00",
               "sessionPlace": "City hall", "resultsReleasedAt": "2026-06-01T09:00:00+09:00"}],
             "url": "/subsidies/programs/4"}""";

    static final String ADOPTED_EXAMPLE = """
            {"applicationId": 31, "fiscalYear": 2026, "windowNumber": 1, "title": "Children's cafeteria",
             "groupId": 12, "groupName": "Sakura Kosodate Hiroba", "category": "Start-up", "amount": 87500,
             "confirmed": true, "withdrawn": false}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SubsidyCategory")
    record CategoryJson(String name, long maxAmount, @Schema(description = "subsidy rate, as 1/2", requiredMode = Schema.RequiredMode.REQUIRED) String rate,
                        String description) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SubsidyWindow")
    record WindowJson(int number, OffsetDateTime opensAt, OffsetDateTime closesAt,
                      @Schema(allowableValues = {"UPCOMING", "OPEN", "CLOSED"}, requiredMode = Schema.RequiredMode.REQUIRED) String status, String statusLabel,
                      @Nullable LocalDate sessionDate, @Nullable LocalTime sessionTime, @Nullable String sessionPlace,
                      @Nullable OffsetDateTime resultsReleasedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SubsidyProgram", example = PROGRAM_EXAMPLE)
    record ProgramJson(long id, int fiscalYear, String name, String purpose, long budget, String fundSource,
                       List<String> eligibleTypes, String guidelines, List<CategoryJson> categories,
                       List<WindowJson> windows, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AdoptedProject", example = ADOPTED_EXAMPLE)
    record AdoptedJson(long applicationId, int fiscalYear, int windowNumber, String title, long groupId,
                       String groupName, String category,
                       @Schema(description = "yen: the confirmed amount when confirmed, else the amount awarded", requiredMode = Schema.RequiredMode.REQUIRED) long amount,
                       boolean confirmed, boolean withdrawn) {
    }

    private final ProgramCatalog programs;
    private final SubsidiesApi subsidies;
    private final BeanProvider<DirectoryApi> directory;
    private final ApiProblems problems;
    private final CityClock clock;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    SubsidiesJsonController(ProgramCatalog programs, SubsidiesApi subsidies, BeanProvider<DirectoryApi> directory,
                            ApiProblems problems, CityClock clock, MessageSource messages, HttpLocaleResolver locales) {
        this.programs = programs;
        this.subsidies = subsidies;
        this.directory = directory;
        this.problems = problems;
        this.clock = clock;
        this.messages = messages;
        this.locales = locales;
    }

    @Get("/programs")
    @Operation(operationId = "listSubsidyPrograms", summary = "Subsidy programs, newest first, with their windows",
            description = "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of programs.")
    @ApiResponses.Public
    ApiPage<ProgramJson> listSubsidyPrograms(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page, @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size,
                                        HttpRequest<?> request) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        var all = programs.programs();
        Locale locale = locales.resolveOrDefault(request);
        return ApiPage.slice(all, pageNo, pageSize)
                .map(p -> programs.view(p.id()).map(v -> json(v, locale)).orElseThrow());
    }

    @Get("/programs/{id:[0-9]+}")
    @Operation(operationId = "getSubsidyProgram", summary = "One subsidy program with its categories and windows")
    @ApiResponse(responseCode = "200", description = "The program", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ProgramJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getSubsidyProgram(long id, HttpRequest<?> request) {
        Locale locale = locales.resolveOrDefault(request);
        return programs.view(id).<HttpResponse<?>>map(v -> HttpResponse.ok(json(v, locale)))
                .orElseGet(() -> problems.notFound(request));
    }

    @Get("/adopted")
    @Operation(operationId = "listAdoptedProjects", summary = "Adopted projects whose results are released",
            description = "Newest fiscal year and window first; the amount is the confirmed amount once confirmed. "
                    + "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of adopted projects.")
    @ApiResponses.Public
    ApiPage<AdoptedJson> listAdoptedProjects(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                             @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        List<AdoptedProject> all = subsidies.adoptedProjects();
        ApiPage<AdoptedProject> shown = ApiPage.slice(all, pageNo, pageSize);
        Map<Long, String> names = shown.items().isEmpty() ? Map.of() : directory.get().findGroups(shown.items().stream()
                        .map(AdoptedProject::groupId).distinct().toList()).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
        return shown.map(p -> new AdoptedJson(p.applicationId(), p.fiscalYear(),
                p.windowNumber(), p.title(), p.groupId(), names.getOrDefault(p.groupId(), ""), p.categoryName(),
                p.amount(), p.confirmed(), p.withdrawn()));
    }

    private ProgramJson json(ProgramCatalog.ProgramView v, Locale locale) {
        var p = v.program();
        LocalDateTime now = clock.now();
        return new ProgramJson(p.id(), p.fiscalYear(), p.name(), p.purpose(), p.budget(), p.fundSource(),
                p.types().stream().map(Enum::name).toList(), p.guidelines(),
                v.categories().stream().map(SubsidiesJsonController::json).toList(),
                v.windows().stream().map(w -> json(w, now, locale)).toList(), "/subsidies/programs/" + p.id());
    }

    private static CategoryJson json(Category c) {
        return new CategoryJson(c.name(), c.maxAmount(), c.rateLabel(), c.description());
    }

    private WindowJson json(Window w, LocalDateTime now, Locale locale) {
        String status = w.isClosed(now) ? "CLOSED" : w.isOpen(now) ? "OPEN" : "UPCOMING";
        return new WindowJson(w.number(), clock.withOffset(w.opensAt().withNano(0)), clock.withOffset(w.closesAt().withNano(0)),
                status, messages.getMessage("sub.api.window." + status, locale).orElse(status), w.sessionDate(),
                w.sessionTime(), w.sessionPlace(),
                w.resultsReleasedAt() == null ? null : clock.withOffset(w.resultsReleasedAt().withNano(0)));
    }
}
