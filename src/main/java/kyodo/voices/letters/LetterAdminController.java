package kyodo.voices.letters;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.AccountSummary;
import kyodo.core.AccountsApi;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.voices.internal.Departments;
import kyodo.voices.internal.VoicesPermissions;
import kyodo.voices.letters.LetterForms.MeetingForm;
import kyodo.voices.letters.LetterForms.PublishForm;
import kyodo.voices.letters.LetterForms.RecordForm;
import kyodo.voices.letters.LetterForms.ReplyForm;
import kyodo.voices.letters.LetterForms.ReturnForm;
import kyodo.voices.letters.LetterForms.RouteForm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Staff handle the opinions to the city: the inbox with days to reply, one letter's steps, town meetings. */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/voices")
@Secured(SecurityRule.IS_AUTHENTICATED)
class LetterAdminController {

    private static final Set<String> NOTICES = Set.of("recorded", "routed", "drafted", "approved", "returned", "published",
            "registered");

    private final LetterIntake intake;
    private final LetterWorkflow workflow;
    private final TownMeetings meetings;
    private final Departments departments;
    private final VoicesPermissions permissions;
    private final AccountsApi accounts;
    private final CityClock clock;

    LetterAdminController(LetterIntake intake, LetterWorkflow workflow, TownMeetings meetings, Departments departments,
                          VoicesPermissions permissions, AccountsApi accounts, CityClock clock) {
        this.intake = intake;
        this.workflow = workflow;
        this.meetings = meetings;
        this.departments = departments;
        this.permissions = permissions;
        this.accounts = accounts;
        this.clock = clock;
    }

    private static String notice(String done) {
        return done != null && NOTICES.contains(done) ? "voi.letter.notice." + done : null;
    }

    @Get("/letters")
    HttpResponse<?> inbox(@Nullable @QueryValue String done, Authentication auth) {
        Viewer me = Viewer.of(auth);
        Map<String, Object> model = new HashMap<>();
        model.put("letters", workflow.inbox(me));
        model.put("membership", permissions.membership(me));
        model.put("departments", departments.names());
        model.put("today", clock.today());
        model.put("notice", notice(done));
        return Pages.page("voices/admin/letters", model);
    }

    @Get("/letters/new")
    HttpResponse<?> recordForm(@Nullable @QueryValue Long event) {
        RecordForm empty = new RecordForm(event == null ? "PAPER" : "TOWN_MEETING", event == null ? null : event.toString(),
                clock.today().toString(), "MAYOR", null, null, null, null, null, null, null, null, null);
        return Pages.page("voices/admin/letter-record", recordModel(empty));
    }

    private Map<String, Object> recordModel(RecordForm form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("topics", LetterController.topics());
        model.put("recipients", LetterController.recipients());
        model.put("channels", List.of(Choice.keyed("TOWN_MEETING", "voi.letter.channel.TOWN_MEETING"),
                Choice.keyed("PAPER", "voi.letter.channel.PAPER")));
        model.put("meetings", meetings.all().stream().map(l -> Choice.named(Long.toString(l.meeting().eventId()),
                l.meeting().title())).toList());
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/letters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> record(@Body RecordForm form, Authentication auth) {
        try {
            Letter letter = intake.record(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/letters?done=recorded&n=" + letter.id());
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/letter-record", recordModel(form), e.errors());
        }
    }

    @Get("/letters/{id:[0-9]+}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String done, Authentication auth) {
        if (workflow.find(id).isEmpty()) {
            return HttpResponse.notFound();
        }
        return workflow.open(Viewer.of(auth), id).<HttpResponse<?>>map(l -> {
            Map<String, Object> model = letterModel(l, auth);
            model.put("notice", notice(done));
            return Pages.page("voices/admin/letter", model);
        }).orElseGet(() -> HttpResponse.status(HttpStatus.FORBIDDEN));
    }

    private Map<String, Object> letterModel(Letter l, Authentication auth) {
        Viewer me = Viewer.of(auth);
        Map<String, Object> model = new HashMap<>();
        model.put("letter", l);
        model.put("today", clock.today());
        model.put("departmentChoices", departments.all().stream().map(d -> Choice.named(d.id().toString(), d.name())).toList());
        model.put("department", l.departmentId() == null ? null : departments.names().get(l.departmentId()));
        model.put("coordinating", permissions.coordinates(me));
        model.put("supervising", l.departmentId() != null && permissions.supervises(me, l.departmentId()));
        model.put("inDepartment", l.departmentId() != null && permissions.seesPersonalData(me, l.departmentId()));
        model.put("me", me.accountId());
        Map<Long, String> names = accounts.findAll(Stream.of(l.draftedBy(), l.approvedBy(), l.routedBy(), l.recordedBy())
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        model.put("staffNames", names);
        model.put("routeForm", new RouteForm(l.departmentId() == null ? null : l.departmentId().toString()));
        model.put("replyForm", new ReplyForm(l.reply()));
        model.put("returnForm", new ReturnForm(null));
        model.put("publishForm", new PublishForm(l.publicTitle() != null ? l.publicTitle() : null,
                l.publicSummary(), l.publicReply() != null ? l.publicReply() : l.reply()));
        model.put("errors", FieldErrors.none());
        return model;
    }

    private HttpResponse<?> again(long id, Authentication auth, FieldErrors errors) {
        return again(id, auth, errors, null, null);
    }

    /** The letter's page again with the messages, and the form that was sent as it was typed. */
    private HttpResponse<?> again(long id, Authentication auth, FieldErrors errors, String formName, Object form) {
        Letter l = workflow.find(id).orElse(null);
        if (l == null) {
            return HttpResponse.notFound();
        }
        if (!permissions.seesPersonalData(Viewer.of(auth), l.departmentId())) {
            return HttpResponse.status(HttpStatus.FORBIDDEN);
        }
        Map<String, Object> model = letterModel(l, auth);
        model.put("notice", null);
        if (formName != null) {
            model.put(formName, form);
        }
        return Pages.invalid("voices/admin/letter", model, errors);
    }

    @Post("/letters/{id:[0-9]+}/route")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> route(@PathVariable long id, @Body RouteForm form, Authentication auth) {
        try {
            workflow.route(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/letters/" + id + "?done=routed");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors(), "routeForm", form);
        }
    }

    @Post("/letters/{id:[0-9]+}/reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(@PathVariable long id, @Body ReplyForm form, Authentication auth) {
        try {
            workflow.draftReply(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/letters/" + id + "?done=drafted");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors(), "replyForm", form);
        }
    }

    @Post("/letters/{id:[0-9]+}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> approve(@PathVariable long id, Authentication auth) {
        try {
            workflow.approve(Viewer.of(auth), id);
            return Pages.redirect("/admin/voices/letters/" + id + "?done=approved");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors());
        }
    }

    @Post("/letters/{id:[0-9]+}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnDraft(@PathVariable long id, @Body ReturnForm form, Authentication auth) {
        try {
            workflow.returnDraft(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/letters/" + id + "?done=returned");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors(), "returnForm", form);
        }
    }

    @Post("/letters/{id:[0-9]+}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@PathVariable long id, @Body PublishForm form, Authentication auth) {
        try {
            workflow.publish(Viewer.of(auth), id, form);
            return Pages.redirect("/admin/voices/letters/" + id + "?done=published");
        } catch (FormInvalidException e) {
            return again(id, auth, e.errors(), "publishForm", form);
        }
    }

    // ---- まちかど市長室 -------------------------------------------------------------------

    @Get("/town-meetings")
    HttpResponse<?> meetings(@Nullable @QueryValue String done) {
        return Pages.page("voices/admin/town-meetings", meetingModel(new MeetingForm(null), notice(done)));
    }

    private Map<String, Object> meetingModel(MeetingForm form, String notice) {
        Map<String, Object> model = new HashMap<>();
        model.put("meetings", meetings.all());
        model.put("candidates", meetings.candidates().stream().map(e -> Choice.named(Long.toString(e.id()),
                e.title() + (e.firstDate() == null ? "" : " (" + e.firstDate() + ")"))).toList());
        model.put("form", form);
        model.put("notice", notice);
        model.put("errors", FieldErrors.none());
        return model;
    }

    @Post("/town-meetings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(@Body MeetingForm form, Authentication auth) {
        try {
            meetings.register(Viewer.of(auth), form);
            return Pages.redirect("/admin/voices/town-meetings?done=registered");
        } catch (FormInvalidException e) {
            return Pages.invalid("voices/admin/town-meetings", meetingModel(form, null), e.errors());
        }
    }
}
