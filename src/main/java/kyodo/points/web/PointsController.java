package kyodo.points.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountsApi;
import kyodo.core.CityClock;
import kyodo.core.Choice;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.points.internal.ActivityForm;
import kyodo.points.internal.ActivityService;
import kyodo.points.internal.BookletLinks;
import kyodo.points.internal.BookletService;
import kyodo.points.internal.ExchangeForm;
import kyodo.points.internal.ExchangeService;
import kyodo.points.internal.HostService;
import kyodo.points.internal.RuleService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A volunteer's booklet (ボランティア手帳): balance, history, caps, activities to record, exchanges. */
@Produces(MediaType.TEXT_HTML)
@Controller("/points")
@Secured(SecurityRule.IS_AUTHENTICATED)
class PointsController {

    private final BookletService booklets;
    private final ActivityService activities;
    private final ExchangeService exchanges;
    private final HostService hosts;
    private final RuleService rules;
    private final BookletLinks links;
    private final DirectoryApi directory;
    private final AccountsApi accounts;
    private final CityClock clock;

    PointsController(BookletService booklets, ActivityService activities, ExchangeService exchanges, HostService hosts,
                     RuleService rules, BookletLinks links, DirectoryApi directory, AccountsApi accounts, CityClock clock) {
        this.booklets = booklets;
        this.activities = activities;
        this.exchanges = exchanges;
        this.hosts = hosts;
        this.rules = rules;
        this.links = links;
        this.directory = directory;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> booklet(@Nullable @QueryValue Integer fy, @Nullable @QueryValue String done, Authentication auth) {
        return Pages.page("points/booklet", model(Viewer.of(auth).accountId(), fy, done));
    }

    private Map<String, Object> model(long me, Integer fy, String done) {
        var booklet = booklets.booklet(me, fy);
        Map<String, GroupSummary> hostNames = hosts.hosts().stream().collect(Collectors.toMap(g -> Long.toString(g.id()), Function.identity()));
        Map<String, Object> model = new HashMap<>();
        model.put("b", booklet);
        model.put("open", activities.openOf(me));
        model.put("hostNames", hostNames);
        model.put("requests", exchanges.ofVolunteer(me));
        model.put("exchangeable", booklet.years().stream()
                .filter(y -> rules.rulesFor(new FiscalYear(y)).exchangeOpen(clock.today()) && exchanges.available(me, y) > 0)
                .toList());
        model.put("volunteer", directory.isVolunteer(me));
        model.put("isHost", !hosts.representedBy(me).isEmpty());
        model.put("done", done == null || !done.matches("[a-z]{1,20}") ? null : "pts.done." + done);
        model.put("errors", FieldErrors.none());
        return model;
    }

    /** The printable booklet with the QR code a host scans to record today's activity. */
    @Get("/booklet")
    HttpResponse<?> printable(Authentication auth) {
        long me = Viewer.of(auth).accountId();
        String url = links.url(me);
        return Pages.page("points/printable", Map.of("b", booklets.booklet(me, null), "qr", links.qrSvg(url), "url", url,
                "person", accounts.find(me).orElseThrow(), "validTo", clock.fiscalYear().lastDay()));
    }

    @Get("/activities/new")
    HttpResponse<?> newActivity() {
        return Pages.page("points/activity-form", activityModel(ActivityForm.empty(clock.today().toString())));
    }

    private Map<String, Object> activityModel(ActivityForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("hosts", hostChoices());
        model.put("today", clock.today().toString());
        model.put("errors", FieldErrors.none());
        return model;
    }

    private List<Choice> hostChoices() {
        return hosts.hosts().stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList();
    }

    @Post("/activities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> recordActivity(@Body ActivityForm form, Authentication auth) {
        try {
            activities.recordByVolunteer(Viewer.of(auth).accountId(), form);
            return Pages.redirect("/points?done=recorded");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/activity-form", activityModel(form), e.errors());
        }
    }

    @Get("/exchange")
    HttpResponse<?> exchangeForm(@Nullable @QueryValue Integer fy, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        int year = fy == null ? clock.fiscalYear().previous().startYear() : fy;
        return Pages.page("points/exchange", exchangeModel(me, new ExchangeForm(Integer.toString(year), "", "", "")));
    }

    private Map<String, Object> exchangeModel(long me, ExchangeForm form) {
        int year = form.fiscalYear() != null && form.fiscalYear().matches("\\d{4}") ? Integer.parseInt(form.fiscalYear())
                : clock.fiscalYear().previous().startYear();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("rules", rules.rulesFor(new FiscalYear(year)));
        model.put("available", exchanges.available(me, year));
        model.put("open", rules.rulesFor(new FiscalYear(year)).exchangeOpen(clock.today()));
        model.put("kinds", List.of(Choice.keyed("VOUCHER", "pts.exchange.kind.VOUCHER"), Choice.keyed("CASH", "pts.exchange.kind.CASH"),
                Choice.keyed("DONATION", "pts.exchange.kind.DONATION")));
        model.put("groups", directory.approvedGroups("", 500).stream().map(g -> Choice.named(Long.toString(g.id()), g.name())).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/exchange")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> exchange(@Body ExchangeForm form, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        try {
            exchanges.request(me, form);
            return Pages.redirect("/points?done=requested");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/exchange", exchangeModel(me, form), e.errors());
        }
    }

    @Post("/exchange/{id:[0-9]+}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(long id, Authentication auth) {
        long me = Viewer.of(auth).accountId();
        try {
            exchanges.withdraw(me, id);
            return Pages.redirect("/points?done=withdrawn");
        } catch (FormInvalidException e) {
            return Pages.invalid("points/booklet", model(me, null, null), e.errors());
        }
    }
}
