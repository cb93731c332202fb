package kyodo.voices;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.CityClock;
import kyodo.core.Role;
import kyodo.plan.PlanFixture;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 「地域の活動に参加している市民の割合」 computed by the plan module from a citizen questionnaire: the KPI's source
 * is {@code voi.share} with the question's figure code and the choice's number.
 */
@MicronautTest(transactional = false)
class VoicesKpiWebTest {

    static final TestClock CLOCK = new TestClock();

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    VoicesFixture fx;
    @Inject
    PlanFixture plans;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    @AfterEach
    void realTime() {
        CLOCK.reset();
    }

    @Test
    void thePlanComputesTheShareOfCitizensTakingPartFromAQuestionnaire() {
        CLOCK.set(2041, 7, 1);
        VoicesFixture.Staff planner = fx.staff("市民協働課", false, false);
        WebSession staff = planner.session(server.getURL());
        Page created = staff.post("/admin/voices/surveys", new HashMap<>(Map.of("surveyTitle", VoicesFixture.unique("市民意識調査 "),
                "departmentId", Long.toString(planner.departmentId()), "opensOn", "2041-07-01", "closesOn", "2041-07-31",
                "respondents", "OPEN")));
        assertEquals(303, created.status(), created.text());
        long survey = Long.parseLong(created.location().replaceAll("^/admin/voices/surveys/(\\d+).*$", "$1"));
        String code = "take" + VoicesFixture.unique("").replace("-", "");
        assertEquals(303, staff.post("/admin/voices/surveys/" + survey + "/questions", Map.of("questionText",
                "この1年間に地域の活動に参加しましたか。", "questionKind", "SINGLE", "choices", "参加した\n参加していない",
                "required", "on", "questionCode", code)).status());
        assertEquals(303, staff.post("/admin/voices/surveys/" + survey + "/open", Map.of()).status());
        long question = fx.count("SELECT q.id FROM voi_qn_question q JOIN voi_qn_form f ON f.id = q.form_id "
                + "WHERE f.owner = 'voi.survey' AND f.owner_ref = ?", survey);
        for (String choice : new String[]{"0", "0", "1", "0"}) {
            WebSession citizen = WebSession.at(server.getURL());
            citizen.get("/voices/surveys/" + survey);
            assertEquals(303, citizen.postPairs("/voices/surveys/" + survey, "q_" + question, choice).status());
        }

        WebSession planStaff = accounts.loggedIn(server.getURL(), Role.STAFF);
        long plan = plans.plan(planStaff, PlanFixture.unique("市民参画協働推進計画"), 2041, 2045, true);
        Page kpi = planStaff.post("/admin/plan/" + plan + "/kpis", Map.of("name", "地域の活動に参加している市民の割合", "unit", "%",
                "baselineValue", "35.9", "baselineYear", "2040", "targetValue", "40.0", "targetYear", "2045",
                "sourceCode", "voi.share", "sourceParameter", code + ":1"));
        assertEquals(303, kpi.status(), kpi.text());
        String row2041 = planStaff.get(kpi.location()).html().select("table tbody tr").get(1).text();
        assertTrue(row2041.contains("75.0"), row2041);
    }
}
