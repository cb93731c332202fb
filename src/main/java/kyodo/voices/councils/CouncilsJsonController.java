package kyodo.voices.councils;

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
import kyodo.voices.internal.Departments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 審議会等と公募委員 as JSON, read-only and for anyone, as the public pages show them: each council with its seats,
 * how many citizen members sit on it today and its calls open now or soon; and one call for citizen members.
 * The members' names and the applications are never in it.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/voices/councils")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class CouncilsJsonController {

    static final String COUNCIL_EXAMPLE = """
            {"id": 3, "name": "Civic Collaboration Committee", "department": "Civic Collaboration Division",
             "purpose": "Advises on the collaboration plan.", "seats": 10, "citizenSeats": 2, "citizenMembers": 2,
             "calls": [{"id": 4, "opensOn": "2026-12-01", "closesOn": "2026-12-25", "url": "/voices/councils/recruitments/4"}]}""";
    static final String CALL_EXAMPLE = """
            {"id": 4, "councilId": 3, "councilName": "Civic Collaboration Committee",
             "purpose": "Advises on the collaboration plan.", "seats": 2, "eligibility": "Residents aged 18 or over.",
             "essayTheme": "What I would do for my town", "essayMax": 800, "opensOn": "2026-12-01", "closesOn": "2026-12-25",
             "termStartsOn": "2027-04-01", "termEndsOn": "2029-03-31", "status": "OPEN", "accepting": true,
             "url": "/voices/councils/recruitments/4"}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CouncilCallSummary")
    record CallSummaryJson(long id, LocalDate opensOn, LocalDate closesOn, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Council", example = COUNCIL_EXAMPLE)
    record CouncilJson(long id, String name, String department, @Nullable String purpose, int seats,
                       @Schema(description = "Seats for citizen members", requiredMode = Schema.RequiredMode.REQUIRED) int citizenSeats,
                       @Schema(description = "Citizen members serving today", requiredMode = Schema.RequiredMode.REQUIRED) long citizenMembers,
                       @Schema(description = "Calls for citizen members open now or soon", requiredMode = Schema.RequiredMode.REQUIRED)
                       List<CallSummaryJson> calls) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CouncilCall", example = CALL_EXAMPLE)
    record CallJson(long id, long councilId, String councilName, @Nullable String purpose, int seats, String eligibility,
                    String essayTheme, @Schema(description = "characters at most", requiredMode = Schema.RequiredMode.REQUIRED) int essayMax,
                    LocalDate opensOn, LocalDate closesOn, LocalDate termStartsOn, LocalDate termEndsOn,
                    @Schema(description = "SOON (not open yet), OPEN, SELECTING (closed, members being chosen) or APPOINTED",
                            allowableValues = {"SOON", "OPEN", "SELECTING", "APPOINTED"}, requiredMode = Schema.RequiredMode.REQUIRED) String status,
                    @Schema(description = "Whether applications are accepted today", requiredMode = Schema.RequiredMode.REQUIRED) boolean accepting,
                    String url) {
    }

    private final CouncilService councils;
    private final Departments departments;
    private final ApiProblems problems;
    private final CityClock clock;

    CouncilsJsonController(CouncilService councils, Departments departments, ApiProblems problems, CityClock clock) {
        this.councils = councils;
        this.departments = departments;
        this.problems = problems;
        this.clock = clock;
    }

    @Get
    @Operation(operationId = "listCouncils", summary = "The city's councils with their citizen members counted, by name",
            description = "As the councils page lists them. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of councils.")
    @ApiResponses.Public
    ApiPage<CouncilJson> listCouncils(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                      @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        Map<Long, String> names = departments.names();
        return ApiPage.slice(councils.overview(), pageNo, pageSize).map(o -> new CouncilJson(o.council().id(), o.council().name(),
                names.getOrDefault(o.council().departmentId(), ""), o.council().purpose(), o.council().seats(),
                o.council().citizenSeats(), o.citizenMembers(),
                o.calls().stream().map(r -> new CallSummaryJson(r.id(), r.opensOn(), r.closesOn(), url(r.id()))).toList()));
    }

    @Get("/recruitments/{id:[0-9]+}")
    @Operation(operationId = "getCouncilCall", summary = "One call for citizen members of a council")
    @ApiResponse(responseCode = "200", description = "The call", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CallJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getCouncilCall(long id, HttpRequest<?> request) {
        Recruitment r = councils.recruitment(id).orElse(null);
        Council c = r == null ? null : councils.find(r.councilId()).orElse(null);
        if (c == null) {
            return problems.notFound(request);
        }
        LocalDate today = clock.today();
        String status = r.appointed() ? "APPOINTED" : today.isBefore(r.opensOn()) ? "SOON" : r.open(today) ? "OPEN" : "SELECTING";
        return HttpResponse.ok(new CallJson(r.id(), c.id(), c.name(), c.purpose(), r.seats(), r.eligibility(), r.essayTheme(),
                r.essayMax(), r.opensOn(), r.closesOn(), r.termStartsOn(), r.termEndsOn(), status, r.open(today), url(r.id())));
    }

    private static String url(long recruitmentId) {
        return "/voices/councils/recruitments/" + recruitmentId;
    }
}
