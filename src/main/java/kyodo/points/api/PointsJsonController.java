package kyodo.points.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import kyodo.core.Viewer;
import kyodo.points.internal.Booklet;
import kyodo.points.internal.BookletService;

import java.time.LocalDate;
import java.util.List;

/** The signed-in volunteer's points as JSON: the year's balance, the caps used and the history. */
@OpenAPIGroup("api")
@Controller("/api/v1/points")
@Produces(MediaType.APPLICATION_JSON)
class PointsJsonController {

    @Serdeable
    @io.swagger.v3.oas.annotations.media.Schema(name = "PointsLine", example = "{\"date\":\"2026-11-20\",\"source\":\"attendance\",\"label\":\"Starting a citizen activity\",\"points\":1,\"overCap\":0}")
    record LineJson(LocalDate date, String source, String label, int points, int overCap) {
    }

    @Serdeable
    @io.swagger.v3.oas.annotations.media.Schema(name = "Points", example = """
            {"fiscalYear":2026,"balance":12,"available":12,"usedToday":1,"dailyCap":3,"usedThisYear":12,\
            "yearlyCap":100,"years":[2026],"history":[{"date":"2026-11-20","source":"attendance",\
            "label":"Starting a citizen activity","points":1,"overCap":0}]}""")
    record PointsJson(int fiscalYear, long balance, long available, int usedToday, int dailyCap, int usedThisYear,
                      int yearlyCap, List<Integer> years, List<LineJson> history) {
    }

    private final BookletService booklets;

    PointsJsonController(BookletService booklets) {
        this.booklets = booklets;
    }

    @io.swagger.v3.oas.annotations.Operation(operationId = "getMyPoints",
            summary = "The signed-in volunteer's points in a fiscal year: balance, caps used and history.",
            security = {@io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearerToken"),
                    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "loginCookie")})
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The points.")
    @kyodo.core.ApiResponses.Public
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Get("/me")
    PointsJson me(@io.swagger.v3.oas.annotations.Parameter(description = "The fiscal year (its first calendar year); this year when omitted", example = "2026")
                  @io.micronaut.core.annotation.Nullable @io.micronaut.http.annotation.QueryValue Integer fy,
                  Authentication authentication) {
        Booklet b = booklets.booklet(Viewer.of(authentication).accountId(), fy);
        return new PointsJson(b.fiscalYear(), b.balance(), b.available(), b.usedToday(), b.dailyCap(), b.usedThisYear(),
                b.yearlyCap(), b.years(), b.lines().stream()
                .map(l -> new LineJson(l.date(), l.sourceKey().substring(l.sourceKey().lastIndexOf('.') + 1), l.label(),
                        l.points(), l.overCap())).toList());
    }
}
