package kyodo.plan.web;

import kyodo.core.SharedPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.DateFormats;
import kyodo.core.FiscalYear;
import kyodo.core.Pages;
import kyodo.plan.internal.Facts;
import kyodo.plan.internal.Item;
import kyodo.plan.internal.Kpis;
import kyodo.plan.internal.Mark;
import kyodo.plan.internal.Plan;
import kyodo.plan.internal.PlanBook;
import kyodo.plan.internal.PlanPdf;
import kyodo.plan.internal.PlanReports;
import kyodo.plan.internal.Plans;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The published plan as citizens read it: the tree with filters, each item's sheet for a fiscal year
 * (with what the platform recorded for it), the KPI board, and the progress report of a year as a
 * printable page and as PDF.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/plan")
@Secured(SecurityRule.IS_ANONYMOUS)
class PlanController {

    private final Plans plans;
    private final PlanReports reports;
    private final Facts facts;
    private final Kpis kpis;
    private final PlanPdf pdf;
    private final HttpLocaleResolver locales;
    private final CityClock clock;

    PlanController(Plans plans, PlanReports reports, Facts facts, Kpis kpis, PlanPdf pdf, HttpLocaleResolver locales,
                   CityClock clock) {
        this.plans = plans;
        this.reports = reports;
        this.facts = facts;
        this.kpis = kpis;
        this.pdf = pdf;
        this.locales = locales;
        this.clock = clock;
    }

    @SharedPage
    @Get
    HttpResponse<?> index(HttpRequest<?> request) {
        return Pages.page("plan/index", Map.of("plans", plans.published(), "eras", eras(request)));
    }

    /** The year asked for when it is in the plan's period; else the latest year with published results, else this one. */
    private int year(Plan plan, Integer fy) {
        if (fy != null && plan.covers(fy)) {
            return fy;
        }
        List<Integer> published = plans.publishedYears(plan.id());
        return published.isEmpty() ? plan.yearNear(clock.fiscalYear().startYear()) : published.get(published.size() - 1);
    }

    private Eras eras(HttpRequest<?> request) {
        return Eras.of(locales.resolveOrDefault(request));
    }

    @SharedPage
    @Get("/{planId:[0-9]+}")
    HttpResponse<?> tree(long planId, @Nullable @QueryValue Integer fy, @Nullable @QueryValue String mark,
                         @Nullable @QueryValue String department, @Nullable @QueryValue String q, HttpRequest<?> request) {
        Plan plan = plans.requirePublished(planId);
        int year = year(plan, fy);
        PlanBook book = plans.book(plan, year, true);
        Mark markValue = Mark.parse(mark).orElse(null);
        Long departmentId = department != null && department.matches("\\d{1,18}") ? Long.valueOf(department) : null;
        String text = q == null ? null : q.strip();
        if (text != null && text.length() > 100) {
            text = text.substring(0, 100);
        }
        PlanReports.Filter filter = new PlanReports.Filter(markValue, departmentId, text);
        Map<String, Object> model = new HashMap<>();
        model.put("book", book);
        model.put("plan", plan);
        model.put("fy", year);
        model.put("nodes", reports.filter(book, filter));
        model.put("filter", filter);
        model.put("filtered", filter.any());
        model.put("q", text == null ? "" : text);
        model.put("markValue", markValue == null ? "" : markValue.name());
        model.put("departmentValue", departmentId == null ? "" : departmentId.toString());
        model.put("marks", Arrays.stream(Mark.values()).map(m -> Choice.keyed(m.name(), m.labelKey())).toList());
        model.put("departments", book.departmentsInUse().stream()
                .map(d -> Choice.named(d.id().toString(), d.name())).toList());
        model.put("years", plan.years().stream().map(y -> Choice.named(y.toString(),
                new DateFormats(locales.resolveOrDefault(request)).fiscalYear(y))).toList());
        model.put("eras", eras(request));
        return Pages.page("plan/tree", model);
    }

    @SharedPage
    @Get("/{planId:[0-9]+}/items/{itemId:[0-9]+}")
    HttpResponse<?> item(long planId, long itemId, @Nullable @QueryValue Integer fy, HttpRequest<?> request) {
        Plan plan = plans.requirePublished(planId);
        int year = year(plan, fy);
        PlanBook book = plans.book(plan, year, true);
        Item item = book.item(itemId).orElseThrow(Plans::notFound);
        Map<String, Object> model = new HashMap<>();
        model.put("book", book);
        model.put("plan", plan);
        model.put("item", item);
        model.put("fy", year);
        model.put("result", book.result(item));
        model.put("department", book.department(item));
        model.put("facts", facts.of(itemId, new FiscalYear(year)));
        model.put("original", book.original(item));
        model.put("reposts", book.reposts(item));
        model.put("parents", parents(book, item));
        model.put("eras", eras(request));
        return Pages.page("plan/item", model);
    }

    private static List<Item> parents(PlanBook book, Item item) {
        java.util.LinkedList<Item> chain = new java.util.LinkedList<>();
        Item at = item.parentId() == null ? null : book.item(item.parentId()).orElse(null);
        for (int guard = 0; at != null && guard < 20; guard++) {
            chain.addFirst(at);
            at = at.parentId() == null ? null : book.item(at.parentId()).orElse(null);
        }
        return chain;
    }

    @SharedPage
    @Get("/{planId:[0-9]+}/kpis")
    HttpResponse<?> kpis(long planId, HttpRequest<?> request) {
        Plan plan = plans.requirePublished(planId);
        return Pages.page("plan/kpis", Map.of("plan", plan, "kpis", kpis.views(planId), "eras", eras(request)));
    }

    @SharedPage
    @Get("/{planId:[0-9]+}/report")
    HttpResponse<?> report(long planId, @Nullable @QueryValue Integer fy, HttpRequest<?> request) {
        Plan plan = plans.requirePublished(planId);
        int year = year(plan, fy);
        return Pages.page("plan/report", Map.of("r", reports.year(plan, year, true), "eras", eras(request),
                "years", plan.years(), "pdf", false));
    }

    @Get("/{planId:[0-9]+}/report.pdf")
    @Produces("application/pdf")
    HttpResponse<?> reportPdf(long planId, @Nullable @QueryValue Integer fy, HttpRequest<?> request) {
        Plan plan = plans.requirePublished(planId);
        int year = year(plan, fy);
        Locale locale = locales.resolveOrDefault(request);
        Map<String, Object> model = new HashMap<>();
        model.put("r", reports.year(plan, year, true));
        model.put("eras", Eras.of(locale));
        model.put("dates", new DateFormats(locale));
        model.put("pdf", true);
        model.put("font", PlanPdf.FONT_FAMILY);
        byte[] bytes = pdf.render("plan/report-pdf", model, locale);
        String name = URLEncoder.encode(plan.name() + "_" + year + ".pdf", StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(bytes).contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"report.pdf\"; filename*=UTF-8''" + name);
    }
}
