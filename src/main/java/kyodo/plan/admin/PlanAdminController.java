package kyodo.plan.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.CsvFiles;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.PlanFacts;
import kyodo.core.Viewer;
import kyodo.plan.internal.Departments;
import kyodo.plan.internal.Facts;
import kyodo.plan.internal.Item;
import kyodo.plan.internal.ItemForm;
import kyodo.plan.internal.Items;
import kyodo.plan.internal.Plan;
import kyodo.plan.internal.PlanCsv;
import kyodo.plan.internal.PlanForm;
import kyodo.plan.internal.Plans;
import kyodo.plan.internal.Rounds;
import kyodo.plan.internal.TagForm;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Plan staff: plans and their levels, items (the sheets), CSV import and export, and tags. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/plan")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PlanAdminController {

    private final Plans plans;
    private final Items items;
    private final Departments departments;
    private final PlanCsv csv;
    private final Facts facts;
    private final Rounds rounds;
    private final CityClock clock;

    PlanAdminController(Plans plans, Items items, Departments departments, PlanCsv csv, Facts facts, Rounds rounds,
                        CityClock clock) {
        this.plans = plans;
        this.items = items;
        this.departments = departments;
        this.csv = csv;
        this.facts = facts;
        this.rounds = rounds;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> index() {
        return Pages.page("plan/admin/plans", Map.of("plans", plans.all(), "open", rounds.open()));
    }

    @Get("/new")
    HttpResponse<?> newPlan() {
        int year = clock.fiscalYear().startYear();
        return Pages.page("plan/admin/plan-form", planModel(null, new PlanForm("", Integer.toString(year),
                Integer.toString(year + 4), "", "", null)));
    }

    private Map<String, Object> planModel(Plan plan, PlanForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("form", form);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body PlanForm form, Authentication auth) {
        try {
            return Pages.redirect("/admin/plan/" + plans.create(form, Viewer.of(auth).accountId()));
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/plan-form", planModel(null, form), e.errors());
        }
    }

    @Get("/{planId:[0-9]+}")
    HttpResponse<?> plan(long planId, @Nullable @QueryValue String done, @Nullable @QueryValue Integer rows) {
        Map<String, Object> model = overview(planId, done);
        model.put("rows", rows == null ? "" : rows.toString());
        return Pages.page("plan/admin/plan", model);
    }

    private Map<String, Object> overview(long planId, String done) {
        Map<String, Object> model = new HashMap<>();
        model.put("book", plans.book(planId));
        model.put("rounds", rounds.ofPlan(planId));
        model.put("done", done != null && done.matches("[a-z]{1,20}") ? "pln.done." + done : "");
        model.put("importErrors", List.of());
        model.put("importErrorCount", 0);
        model.put("rows", "");
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Get("/{planId:[0-9]+}/edit")
    HttpResponse<?> edit(long planId) {
        Plan plan = plans.require(planId);
        return Pages.page("plan/admin/plan-form", planModel(plan, PlanForm.of(plan, plans.levels(planId))));
    }

    @Post("/{planId:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(long planId, @Body PlanForm form, Authentication auth) {
        Plan plan = plans.require(planId);
        try {
            plans.update(planId, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/" + planId + "?done=saved");
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/plan-form", planModel(plan, form), e.errors());
        }
    }

    @Get("/{planId:[0-9]+}/items/new")
    HttpResponse<?> newItem(long planId) {
        Plan plan = plans.require(planId);
        return Pages.page("plan/admin/item-form", itemModel(plan, null, ItemForm.empty(plan.years().size())));
    }

    private Map<String, Object> itemModel(Plan plan, Item item, ItemForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("item", item);
        model.put("form", form);
        model.put("departments", departments.all().stream().map(d -> Choice.named(d.id().toString(), d.name())).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{planId:[0-9]+}/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addItem(long planId, @Body ItemForm form, Authentication auth) {
        Plan plan = plans.require(planId);
        try {
            items.save(planId, null, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/" + planId + "?done=itemSaved");
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/item-form", itemModel(plan, null, form), e.errors());
        }
    }

    @Get("/{planId:[0-9]+}/items/{itemId:[0-9]+}/edit")
    HttpResponse<?> editItem(long planId, long itemId) {
        Plan plan = plans.require(planId);
        Item item = items.require(itemId);
        if (item.planId() != planId) {
            throw Plans.notFound();
        }
        return Pages.page("plan/admin/item-form", itemModel(plan, item, items.formOf(item, plan)));
    }

    @Post("/{planId:[0-9]+}/items/{itemId:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateItem(long planId, long itemId, @Body ItemForm form, Authentication auth) {
        Plan plan = plans.require(planId);
        Item item = items.require(itemId);
        try {
            items.save(planId, itemId, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/" + planId + "?done=itemSaved");
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/item-form", itemModel(plan, item, form), e.errors());
        }
    }

    @Post("/{planId:[0-9]+}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> importCsv(long planId, @Nullable @Part("file") CompletedFileUpload file, Authentication auth)
            throws IOException {
        plans.require(planId);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        try {
            if (content.length == 0) {
                throw new PlanCsv.ImportFailed(List.of(new PlanCsv.RowError(0, "", "pln.error.import.noFile", null)));
            }
            int count = csv.importCsv(planId, content, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/" + planId + "?done=imported&rows=" + count);
        } catch (PlanCsv.ImportFailed e) {
            Map<String, Object> model = overview(planId, null);
            model.put("importErrors", e.errors().size() > 200 ? e.errors().subList(0, 200) : e.errors());
            model.put("importErrorCount", e.errors().size());
            return Pages.invalid("plan/admin/plan", model, FieldErrors.of("file", "pln.error.import.failed"));
        }
    }

    @Get("/{planId:[0-9]+}/export.csv")
    @Produces("text/csv")
    HttpResponse<?> export(long planId, @Nullable @QueryValue String encoding) {
        Plan plan = plans.require(planId);
        CsvFiles.Encoding enc = CsvFiles.Encoding.fromParameter(encoding);
        return CsvFiles.download(csv.fileName(plan), csv.export(planId, enc), enc);
    }

    @Get("/{planId:[0-9]+}/items/{itemId:[0-9]+}/tags")
    HttpResponse<?> tags(long planId, long itemId, @Nullable @QueryValue Integer fy) {
        return Pages.page("plan/admin/tags", tagModel(planId, itemId, fy));
    }

    /** Per kind of thing: what is tagged, and what can be tagged in the year chosen. */
    public record KindView(PlanFacts kind, List<Facts.Named> tagged, List<Choice> choices) {
    }

    private Map<String, Object> tagModel(long planId, long itemId, Integer fy) {
        Plan plan = plans.require(planId);
        Item item = items.require(itemId);
        if (item.planId() != planId) {
            throw Plans.notFound();
        }
        int year = fy != null && fy > 1999 && fy < 2101 ? fy : plan.yearNear(clock.fiscalYear().startYear());
        List<KindView> kinds = new ArrayList<>();
        var tagged = facts.tagsOf(itemId);
        for (PlanFacts kind : facts.kinds()) {
            kinds.add(new KindView(kind, tagged.stream().filter(t -> t.kind().equals(kind.kind()))
                    .map(t -> new Facts.Named(t.thingId(), kind.name(t.thingId()))).toList(),
                    kind.taggable(new FiscalYear(year))));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("item", item);
        model.put("fy", year);
        model.put("years", plan.years());
        model.put("kinds", kinds);
        model.put("facts", facts.of(itemId, new FiscalYear(year)));
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/{planId:[0-9]+}/items/{itemId:[0-9]+}/tags")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> tag(long planId, long itemId, @Nullable @QueryValue Integer fy, @Body TagForm form, Authentication auth) {
        try {
            facts.tag(itemId, form, Viewer.of(auth).accountId());
            return Pages.redirect("/admin/plan/" + planId + "/items/" + itemId + "/tags" + (fy == null ? "" : "?fy=" + fy));
        } catch (FormInvalidException e) {
            return Pages.invalid("plan/admin/tags", tagModel(planId, itemId, fy), e.errors());
        }
    }

    @Post("/{planId:[0-9]+}/items/{itemId:[0-9]+}/tags/{kind:[A-Za-z]+}/{thingId:[0-9]+}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> untag(long planId, long itemId, String kind, long thingId, Authentication auth, HttpRequest<?> request) {
        facts.untag(itemId, kind, thingId, Viewer.of(auth).accountId());
        return Pages.redirect("/admin/plan/" + planId + "/items/" + itemId + "/tags");
    }
}
