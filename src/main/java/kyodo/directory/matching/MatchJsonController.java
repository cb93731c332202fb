package kyodo.directory.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import kyodo.core.ApiPage;
import kyodo.core.ApiResponses;
import kyodo.core.CityClock;
import kyodo.core.Viewer;
import kyodo.directory.volunteers.VolunteerService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** The requests the signed-in volunteer was matched to, with their state, as the volunteer's pages show them. */
@OpenAPIGroup("api")
@Controller("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
class MatchJsonController {

    @Serdeable
    @Schema(name = "MyMatch", example = """
            {"id":7,"postId":21,"postTitle":"Serving at the kids kitchen","status":"ACCEPTED","proposedAt":"2026-11-02T10:15:00+09:00",\
            "respondedAt":"2026-11-03T09:00:00+09:00","url":"/volunteer/matches/7"}""")
    record MatchJson(long id, long postId, String postTitle,
                     @Schema(description = "PROPOSED, ACCEPTED, DECLINED, DONE or CANCELLED", requiredMode = Schema.RequiredMode.REQUIRED) String status,
                     @Schema(example = "2026-11-02T10:15:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime proposedAt,
                     @Nullable OffsetDateTime respondedAt, @Nullable OffsetDateTime completedAt,
                     @Nullable LocalDate activityDate, @Nullable Integer minutes,
                     @Schema(description = "The match's page on the portal.", requiredMode = Schema.RequiredMode.REQUIRED) String url) {
    }

    private final MatchService matches;
    private final VolunteerService volunteers;
    private final CityClock clock;

    MatchJsonController(MatchService matches, VolunteerService volunteers, CityClock clock) {
        this.matches = matches;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Operation(operationId = "listMyMatches", summary = "The signed-in volunteer's matches, newest first (none for one not registered as a volunteer).",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "200", description = "One page of matches.")
    @ApiResponses.Public
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/matches")
    ApiPage<MatchJson> listMyMatches(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                     @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size,
                                     Authentication authentication) {
        int p = ApiPage.page(page);
        int s = ApiPage.size(size);
        List<MatchJson> all = volunteers.findByAccount(Viewer.of(authentication).accountId())
                .map(v -> matches.forVolunteer(v.id()).stream().map(m -> new MatchJson(m.match().id(), m.match().postId(),
                        m.post().title(), m.match().status().name(), at(m.match().proposedAt()), at(m.match().respondedAt()),
                        at(m.match().completedAt()), m.match().activityDate(), m.match().minutes(),
                        "/volunteer/matches/" + m.match().id())).toList())
                .orElse(List.of());
        return ApiPage.slice(all, p, s);
    }

    private OffsetDateTime at(LocalDateTime time) {
        return time == null ? null : clock.withOffset(time);
    }
}
