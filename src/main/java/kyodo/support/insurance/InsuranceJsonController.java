package kyodo.support.insurance;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kyodo.core.ApiPage;
import kyodo.core.ApiResponses;

/**
 * 市民活動保険 as JSON, read-only and for anyone, as its public page shows it: the accidents reported each fiscal
 * year, counted. Nothing of a claim itself (who, what happened, health details) is in it.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/support/insurance")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class InsuranceJsonController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "InsuranceYear", example = """
            {"fiscalYear": 2025, "claims": 3}""")
    record YearJson(int fiscalYear, @Schema(description = "Accidents reported", requiredMode = Schema.RequiredMode.REQUIRED) long claims) {
    }

    private final Claims claims;

    InsuranceJsonController(Claims claims) {
        this.claims = claims;
    }

    @Get("/figures")
    @Operation(operationId = "listInsuranceFigures", summary = "Accidents reported to the civic activity insurance, by fiscal year",
            description = "As the insurance page lists them. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of years.")
    @ApiResponses.Public
    ApiPage<YearJson> listInsuranceFigures(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                           @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        return ApiPage.slice(claims.byYear(), pageNo, pageSize).map(y -> new YearJson(y.fiscalYear(), y.claims()));
    }
}
