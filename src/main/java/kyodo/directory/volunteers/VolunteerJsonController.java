package kyodo.directory.volunteers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import kyodo.core.ApiResponses;
import kyodo.core.CityClock;
import kyodo.core.Viewer;
import kyodo.directory.internal.Availability;

import java.time.OffsetDateTime;
import java.util.List;

/** The signed-in person's own volunteer profile (人材バンク) in the JSON API, as the volunteer page shows it. */
@OpenAPIGroup("api")
@Controller("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
class VolunteerJsonController {

    @Serdeable
    @Schema(name = "VolunteerProfile", example = """
            {"id":3,"name":"Hanako Shimin","nameKana":"SHIMIN HANAKO","email":"hanako@example.jp","contactMethod":"EMAIL",\
            "skills":"Typing","fields":["WELFARE","CHILDREN"],"availability":["SAT-AM","SUN-PM"],"area":"Chuo",\
            "consentShare":true,"active":true,"updatedAt":"2026-11-20T14:05:00+09:00"}""")
    record ProfileJson(long id, String name, String nameKana, @Nullable String email, @Nullable String phone,
                       @Schema(description = "EMAIL, PHONE or POST", requiredMode = Schema.RequiredMode.REQUIRED) String contactMethod,
                       @Nullable String skills, @Nullable String qualifications,
                       @Schema(description = "Fields of activity (codes); empty when none.", requiredMode = Schema.RequiredMode.REQUIRED) List<String> fields,
                       @Schema(description = "When free: day-period codes such as SAT-AM; empty when none.", requiredMode = Schema.RequiredMode.REQUIRED) List<String> availability,
                       @Nullable String area, @Nullable String schoolDistrict,
                       @Schema(description = "Whether the contact may be shared with a requester once matched.", requiredMode = Schema.RequiredMode.REQUIRED) boolean consentShare,
                       boolean active,
                       @Schema(example = "2026-11-20T14:05:00+09:00", requiredMode = Schema.RequiredMode.REQUIRED) OffsetDateTime updatedAt) {
    }

    private final VolunteerService volunteers;
    private final CityClock clock;

    VolunteerJsonController(VolunteerService volunteers, CityClock clock) {
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Operation(operationId = "getMyVolunteerProfile", summary = "The signed-in person's volunteer profile.",
            security = {@SecurityRequirement(name = "bearerToken"), @SecurityRequirement(name = "loginCookie")})
    @ApiResponse(responseCode = "200", description = "The profile.")
    @ApiResponses.Public
    @ApiResponses.NotFound
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/volunteer")
    HttpResponse<ProfileJson> getMyVolunteerProfile(Authentication authentication) {
        return volunteers.findByAccount(Viewer.of(authentication).accountId())
                .map(v -> HttpResponse.ok(new ProfileJson(v.id(), v.name(), v.nameKana(), v.email(), v.phone(),
                        v.contactMethod().name(), v.skills(), v.qualifications(), v.fields().stream().map(Enum::name).toList(),
                        Availability.codes(v.availability()), v.area(), v.schoolDistrict(), v.consentShare(), v.active(),
                        clock.withOffset(v.updatedAt()))))
                .orElseGet(HttpResponse::notFound);
    }
}
