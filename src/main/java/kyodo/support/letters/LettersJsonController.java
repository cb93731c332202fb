package kyodo.support.letters;

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

import java.time.LocalDate;
import java.util.List;

/**
 * 感謝状 as JSON, read-only and for anyone, as its public page shows it: the current nomination round, and each
 * year's letters counted by kind with the recipients who agreed to be named (nobody else, and never who
 * nominated them or why).
 */
@OpenAPIGroup("api")
@Controller("/api/v1/support/letters")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class LettersJsonController {

    static final String ROUND_EXAMPLE = """
            {"fiscalYear": 2026, "opensOn": "2026-10-01", "closesOn": "2026-11-30", "ceremonyOn": "2027-03-22",
             "ceremonyPlace": "Chuo hall", "open": true, "nominateUrl": "/support/letters/nominate"}""";
    static final String YEAR_EXAMPLE = """
            {"fiscalYear": 2025, "total": 8, "groups": 4, "individuals": 4,
             "named": [{"name": "Sakura Kosodate Hiroba", "kind": "GROUP"}, {"name": "Sakura Hanako", "kind": "PERSON"}],
             "unnamed": 6}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "LetterRound", example = ROUND_EXAMPLE)
    record RoundJson(int fiscalYear, LocalDate opensOn, LocalDate closesOn, @Nullable LocalDate ceremonyOn,
                     @Nullable String ceremonyPlace,
                     @Schema(description = "Whether nominations are accepted today", requiredMode = Schema.RequiredMode.REQUIRED) boolean open,
                     String nominateUrl) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "LetterRecipient")
    record RecipientJson(String name, @Schema(allowableValues = {"GROUP", "PERSON"}, requiredMode = Schema.RequiredMode.REQUIRED) String kind) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "LetterYear", example = YEAR_EXAMPLE)
    record YearJson(int fiscalYear, long total, long groups, long individuals,
                    @Schema(description = "The recipients who agreed to be named, by certificate number", requiredMode = Schema.RequiredMode.REQUIRED)
                    List<RecipientJson> named,
                    @Schema(description = "Recipients not named", requiredMode = Schema.RequiredMode.REQUIRED) long unnamed) {
    }

    private final Rounds rounds;
    private final Recipients recipients;
    private final ApiProblems problems;
    private final CityClock clock;

    LettersJsonController(Rounds rounds, Recipients recipients, ApiProblems problems, CityClock clock) {
        this.rounds = rounds;
        this.recipients = recipients;
        this.problems = problems;
        this.clock = clock;
    }

    @Get("/round")
    @Operation(operationId = "getLetterRound", summary = "The nomination round open now, or else this fiscal year's",
            description = "Not found when this year has no round.")
    @ApiResponse(responseCode = "200", description = "The round", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RoundJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getLetterRound(HttpRequest<?> request) {
        return rounds.current().<HttpResponse<?>>map(r -> HttpResponse.ok(new RoundJson(r.fiscalYear(), r.opensOn(), r.closesOn(),
                r.ceremonyOn(), r.ceremonyPlace(), r.openOn(clock.today()), "/support/letters/nominate")))
                .orElseGet(() -> problems.notFound(request));
    }

    @Get("/recipients")
    @Operation(operationId = "listLetterRecipients", summary = "Each year's appreciation letters, newest first",
            description = "Counted by kind, with the recipients who agreed to be named. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of years.")
    @ApiResponses.Public
    ApiPage<YearJson> listLetterRecipients(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                           @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        return ApiPage.slice(recipients.years(), pageNo, pageSize).map(y -> new YearJson(y.round().fiscalYear(), y.total(),
                y.groups(), y.individuals(), y.published().stream().map(n -> new RecipientJson(n.nomineeName(), n.nomineeKind())).toList(),
                y.unnamed()));
    }
}
