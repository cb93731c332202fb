package kyodo.plan.api;

import io.micronaut.context.MessageSource;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
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
import kyodo.plan.internal.Department;
import kyodo.plan.internal.Item;
import kyodo.plan.internal.Kpi;
import kyodo.plan.internal.Kpis;
import kyodo.plan.internal.Mark;
import kyodo.plan.internal.Plan;
import kyodo.plan.internal.PlanBook;
import kyodo.plan.internal.Plans;
import kyodo.plan.internal.Result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The published promotion plans as JSON, read-only and for anyone, as the plan pages show them: the plans,
 * their items with the mark (進捗状況) of each fiscal year whose results are published, and their KPIs with
 * the yearly line and actuals.
 */
@OpenAPIGroup("api")
@Controller("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class PlanJsonController {

    static final String PLAN_EXAMPLE = """
            {"id": 2, "name": "Second collaboration plan", "firstYear": 2024, "lastYear": 2028,
             "summary": "How citizens, groups, businesses and the city work together.", "publishedYears": [2025],
             "url": "/plan/2"}""";

    static final String ITEM_EXAMPLE = """
            {"id": 40, "number": "1-(1)-1", "level": "Project", "name": "Run the support center",
             "parentId": 39, "repostOf": null, "department": "Civic activity division",
             "marks": [{"fiscalYear": 2025, "mark": "ON_TRACK", "label": "On track"}], "url": "/plan/2/items/40"}""";
    static final String KPI_EXAMPLE = """
            {"id": 5, "name": "Share of citizens active locally", "unit": "%", "baselineYear": 2023,
             "baseline": 35.9, "targetYear": 2028, "target": 40.0, "status": "ON_TRACK",
             "years": [{"year": 2023, "expected": 35.9, "actual": 35.9, "computed": false, "baseline": true},
                       {"year": 2024, "expected": 36.7, "actual": 36.4, "computed": false, "baseline": false}]}""";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Plan", example = PLAN_EXAMPLE)
    record PlanJson(long id, String name, int firstYear, int lastYear, @Nullable String summary,
                    @Schema(description = "fiscal years (starting years) whose results are published", requiredMode = Schema.RequiredMode.REQUIRED)
                    List<Integer> publishedYears, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PlanMark")
    record MarkJson(int fiscalYear, @Schema(allowableValues = {"DONE", "ON_TRACK", "CONTINUING"}, requiredMode = Schema.RequiredMode.REQUIRED) String mark,
                    String label) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PlanItem", example = ITEM_EXAMPLE)
    record ItemJson(long id, String number, String level, String name, @Nullable Long parentId,
                    @Nullable String repostOf, @Nullable String department, List<MarkJson> marks, String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "KpiYear")
    record KpiYearJson(int year, BigDecimal expected, @Nullable BigDecimal actual, boolean computed, boolean baseline) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Kpi", example = KPI_EXAMPLE)
    record KpiJson(long id, String name, String unit, int baselineYear, BigDecimal baseline, int targetYear,
                   BigDecimal target, @Schema(allowableValues = {"ON_TRACK", "BEHIND", "NO_DATA"}, requiredMode = Schema.RequiredMode.REQUIRED) String status,
                   List<KpiYearJson> years) {
    }

    private final Plans plans;
    private final Kpis kpis;
    private final ApiProblems problems;
    private final MessageSource messages;
    private final HttpLocaleResolver locales;

    PlanJsonController(Plans plans, Kpis kpis, ApiProblems problems, MessageSource messages, HttpLocaleResolver locales) {
        this.plans = plans;
        this.kpis = kpis;
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @Get
    @Operation(operationId = "listPlans", summary = "The published promotion plans",
            description = "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of plans.")
    @ApiResponses.Public
    ApiPage<PlanJson> listPlans(@Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        List<Plan> all = plans.published();
        return ApiPage.slice(all, pageNo, pageSize).map(this::json);
    }

    @Get("/{id:[0-9]+}")
    @Operation(operationId = "getPlan", summary = "One published plan")
    @ApiResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PlanJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getPlan(long id, HttpRequest<?> request) {
        Plan plan = published(id);
        return plan == null ? problems.notFound(request) : HttpResponse.ok(json(plan));
    }

    @Get("/{id:[0-9]+}/items")
    @Operation(operationId = "listPlanItems", summary = "The items of a published plan in tree order, with their yearly marks",
            description = "Marks only of fiscal years whose results are published. "
                    + "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of items.")
    @ApiResponses.Public
    @ApiResponses.NotFound
    ApiPage<ItemJson> listPlanItems(long id, @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page, @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size,
                                  HttpRequest<?> request) {
        Plan plan = published(id);
        if (plan == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "plan");
        }
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        Locale locale = locales.resolveOrDefault(request);
        List<Integer> years = plans.publishedYears(id);
        List<PlanBook> books = years.stream().map(y -> plans.book(plan, y, true)).toList();
        PlanBook book = books.isEmpty() ? plans.book(plan, null, true) : books.get(books.size() - 1);
        List<Item> all = book.items().stream().filter(i -> !book.implied(i)).toList();
        List<ItemJson> items = new ArrayList<>();
        for (Item item : ApiPage.slice(all, pageNo, pageSize).items()) {
            List<MarkJson> marks = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                Result r = books.get(y).result(item);
                Mark m = r == null ? null : r.markValue();
                if (m != null) {
                    marks.add(new MarkJson(years.get(y), m.name(), text(m.labelKey(), locale)));
                }
            }
            Item original = book.original(item);
            Department d = book.department(item);
            items.add(new ItemJson(item.id(), item.number(), book.levelName(item), item.name(), item.parentId(),
                    original == null ? null : original.number(), d == null ? null : d.name(), marks,
                    "/plan/" + id + "/items/" + item.id()));
        }
        return ApiPage.of(items, all.size(), pageNo, pageSize);
    }

    @Get("/{id:[0-9]+}/kpis")
    @Operation(operationId = "listPlanKpis", summary = "The KPIs of a published plan, with each year's line value and actual",
            description = "`page` from 1; `size` from 1 to 100 (50 when not given).")
    @ApiResponse(responseCode = "200", description = "A page of KPIs.")
    @ApiResponses.Public
    @ApiResponses.NotFound
    ApiPage<KpiJson> listPlanKpis(long id, @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                  @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        if (published(id) == null) {
            throw new HttpStatusException(HttpStatus.NOT_FOUND, "plan");
        }
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        List<Kpi> all = kpis.ofPlan(id);
        return ApiPage.slice(all, pageNo, pageSize).map(kpis::view).map(v -> new KpiJson(v.kpi().id(),
                v.kpi().name(), v.kpi().unit(), v.kpi().baselineYear(), v.kpi().baselineValue(), v.kpi().targetYear(),
                v.kpi().targetValue(), v.status().name(), v.rows().stream().map(r -> new KpiYearJson(r.year(),
                        number(r.expected()), r.actual() == null ? null : number(r.actual()), r.computed(), r.baseline()))
                        .toList()));
    }

    private Plan published(long id) {
        return plans.find(id).filter(Plan::published).orElse(null);
    }

    private PlanJson json(Plan p) {
        return new PlanJson(p.id(), p.name(), p.firstYear(), p.lastYear(), p.summary(), plans.publishedYears(p.id()),
                "/plan/" + p.id());
    }

    /** 1,234.50 as the page shows it. */
    private static BigDecimal number(String formatted) {
        return new BigDecimal(formatted.replace(",", ""));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, locale).orElse(key);
    }
}
