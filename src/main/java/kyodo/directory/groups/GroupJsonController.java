package kyodo.directory.groups;

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

import java.time.OffsetDateTime;
import java.util.List;

/** The groups the signed-in person registered or belongs to, with the state of their registration (申請の状況). */
@OpenAPIGroup("api")
@Controller("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
class GroupJsonController {

    @Serdeable
    @Schema(name = "MyGroup", example = """
            {"id":5,"name":"Sakura Kids Kitchen","status":"PENDING","memberRole":"REPRESENTATIVE",\
            "createdAt":"2026-11-28T16:40:00+09:00","url":"/groups/5"}""")
    record MyGroupJson(long id, String name,
                       @Schema(description = "The registration's state: PENDING (under review), APPROVED or REJECTED", requiredMode = Schema.RequiredMode.REQUIRED) String status,
                       @Schema(description = "The center's note, e.g. why a registration was rejected.") @Nullable String statusNote,
                       @Schema(description = "REPRESENTATIVE or MEMBER", requiredMode = Schema.RequiredMode.REQUIRED) String memberRole,
                       @Schema(example = "2026-11-28T16:40:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime createdAt,
                       @Nullable OffsetDateTime approvedAt,
                       @Schema(description = "The group's page on the portal.", requiredMode = Schema.RequiredMode.REQUIRED) String url) {
    }

    private final GroupFinder finder;
    private final CityClock clock;

    GroupJsonController(GroupFinder finder, CityClock clock) {
        this.finder = finder;
        this.clock = clock;
    }

    @Operation(operationId = "listMyGroups", summary = "The signed-in person's groups and the state of each group's registration.",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "200", description = "One page of groups.")
    @ApiResponses.Public
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/groups")
    ApiPage<MyGroupJson> listMyGroups(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                      @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size,
                                      Authentication authentication) {
        int p = ApiPage.page(page);
        int s = ApiPage.size(size);
        List<MyGroupJson> all = finder.groupsOf(Viewer.of(authentication).accountId()).entrySet().stream()
                .map(e -> {
                    Group g = e.getKey();
                    return new MyGroupJson(g.id(), g.name(), g.status().name(),
                            g.statusNote() == null || g.statusNote().isBlank() ? null : g.statusNote(), e.getValue().name(),
                            clock.withOffset(g.createdAt()), g.approvedAt() == null ? null : clock.withOffset(g.approvedAt()),
                            "/groups/" + g.id());
                }).toList();
        return ApiPage.slice(all, p, s);
    }
}
