package kyodo.support.donations;

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

import java.time.LocalDate;
import java.util.List;

/**
 * ちい寄附 as JSON, read-only and for anyone, as its public page shows it: the partner shops taking part now
 * and each campaign with its number of shops and what they raised (newest fiscal year first).
 */
@OpenAPIGroup("api")
@Controller("/api/v1/support/chiikifu")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class ChiiKifuJsonController {

    static final String SHOP_EXAMPLE = """
            {"id": 4, "name": "Cafe Sakura", "area": "Chuo", "kind": "MENU"}""";
    static final String CAMPAIGN_EXAMPLE = """
            {"id": 2, "fiscalYear": 2026, "number": 1, "startsOn": "2026-08-01", "endsOn": "2026-09-30", "shops": 25,
             "total": 36246}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ChiiKifuShop", example = SHOP_EXAMPLE)
    record ShopJson(long id, String name, String area,
                    @Schema(description = "MENU (a donation menu) or BOX (a donation box)", allowableValues = {"MENU", "BOX"},
                            requiredMode = Schema.RequiredMode.REQUIRED) String kind) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ChiiKifuCampaign", example = CAMPAIGN_EXAMPLE)
    record CampaignJson(long id, int fiscalYear, int number, LocalDate startsOn, LocalDate endsOn,
                        @Schema(description = "Shops whose amount is recorded", requiredMode = Schema.RequiredMode.REQUIRED) long shops,
                        @Schema(description = "yen raised by all its shops", requiredMode = Schema.RequiredMode.REQUIRED) long total) {
    }

    private final Donations donations;

    ChiiKifuJsonController(Donations donations) {
        this.donations = donations;
    }

    @Get("/shops")
    @Operation(operationId = "listChiiKifuShops", summary = "The partner shops of ChiiKifu (local donations) taking part now",
            description = "As the ChiiKifu (local donations) page lists them. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of shops.")
    @ApiResponses.Public
    ApiPage<ShopJson> listChiiKifuShops(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                        @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        return ApiPage.slice(donations.activeShops(), pageNo, pageSize)
                .map(s -> new ShopJson(s.id(), s.name(), s.area(), s.kind()));
    }

    @Get("/campaigns")
    @Operation(operationId = "listChiiKifuCampaigns", summary = "The campaigns of ChiiKifu (local donations) with what they raised, newest year first",
            description = "As the ChiiKifu (local donations) page lists them. `page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of campaigns.")
    @ApiResponses.Public
    ApiPage<CampaignJson> listChiiKifuCampaigns(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                                @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        List<CampaignRepository.CampaignTotal> all = donations.years().stream().flatMap(y -> y.campaigns().stream()).toList();
        return ApiPage.slice(all, pageNo, pageSize).map(c -> new CampaignJson(c.campaignId(), c.fiscalYear(), c.number(),
                c.startsOn(), c.endsOn(), c.shops(), c.total()));
    }
}
