package kyodo.subsidies;

import kyodo.core.Role;
import kyodo.directory.DirectoryTestData;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builds programs, groups and applications through the HTTP pages, as staff and citizens would. */
public final class SubsidyFixture {

    final URL base;
    final TestAccounts accounts;
    final SubsidyTestData data;
    final WebSession staff;
    final WebSession coordinator;

    public SubsidyFixture(URL base, TestAccounts accounts, SubsidyTestData data) {
        this.base = base;
        this.accounts = accounts;
        this.data = data;
        this.staff = accounts.loggedIn(base, Role.STAFF);
        this.coordinator = accounts.loggedIn(base, Role.COORDINATOR);
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, String> map(String... kv) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static long idFrom(Page page, String prefix) {
        assertEquals(303, page.status(), page.text());
        String location = page.location();
        String rest = location.substring(prefix.length());
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return Long.parseLong(rest.substring(0, end));
    }

    /** A FY2020-like program: budget, three categories, the standard rubric. */
    long program(String name, long budget) {
        Map<String, String> form = map("fiscalYear", "2020", "programName", name, "purpose", "市民活動の活性化",
                "budget", String.valueOf(budget), "fundSource", "ふるさと応援寄附金", "guidelines", "募集要項の本文",
                "reportDueDays", "30");
        form.put("eligibleTypes", "CIVIC");
        long id = idFrom(staff.post("/admin/subsidies", form), "/admin/subsidies/programs/");
        category(id, "キックオフ部門", "100000", "10", "10");
        category(id, "チャレンジ部門", "200000", "1", "2");
        category(id, "連携部門", "300000", "2", "3");
        assertEquals(303, staff.post("/admin/subsidies/programs/" + id + "/criteria/standard", Map.of()).status());
        return id;
    }

    void category(long programId, String name, String max, String num, String den) {
        Page page = staff.post("/admin/subsidies/programs/" + programId + "/categories", map("categoryName", name,
                "maxAmount", max, "rateNum", num, "rateDen", den, "categoryDescription", name + "の説明"));
        assertEquals(303, page.status(), page.text());
    }

    long window(long programId, int number, String opens, String closes, String session) {
        Page page = staff.post("/admin/subsidies/programs/" + programId + "/windows", map("number", String.valueOf(number),
                "opensAt", opens, "closesAt", closes, "sessionDate", session == null ? "" : session,
                "sessionTime", "13:30", "sessionPlace", "市役所 会議室"));
        assertEquals(303, page.status(), page.text());
        return number("SELECT id FROM sub_window WHERE program_id = ? AND number = ?", programId, number);
    }

    long categoryId(long programId, String name) {
        return number("SELECT id FROM sub_category WHERE program_id = ? AND name = ?", programId, name);
    }

    /** A representative with an approved citizen group. */
    record Rep(TestAccount account, WebSession session, long groupId) {
    }

    Rep representative(String groupName) {
        TestAccount account = accounts.create(Role.CITIZEN);
        WebSession session = accounts.logIn(base, account);
        long groupId = DirectoryTestData.registerGroup(session, DirectoryTestData.groupForm(groupName + " " + unique()));
        assertEquals(303, coordinator.post("/admin/groups/" + groupId + "/approve", Map.of()).status());
        return new Rep(account, session, groupId);
    }

    /**
     * An application form: own funds + the requested subsidy = the expenses, all eligible. The budget
     * rows repeat their names (incomeItem, expenseAmount …), one value per row, as the page sends them.
     */
    static FormFields applicationForm(long windowId, long groupId, long categoryId, String title,
                                      long ownFunds, long requested, String action) {
        FormFields f = FormFields.of("windowId", String.valueOf(windowId), "groupId", String.valueOf(groupId),
                "categoryId", String.valueOf(categoryId), "title", title, "purpose", "地域の子育て支援",
                "content", "親子の居場所づくり講座を開催する", "schedule", "8月〜12月に全5回", "place", "中央公民館",
                "expectedEffect", "参加者どうしのつながりができる", "projectStart", "2020-08-01",
                "projectEnd", "2020-12-20", "requestedAmount", String.valueOf(requested), "action", action);
        f.row("incomeCategory", 1, "OWN_FUNDS");
        f.row("incomeItem", 1, ownFunds == 0 ? "" : "会員からの持ち寄り");
        f.row("incomeAmount", 1, ownFunds == 0 ? "" : String.valueOf(ownFunds));
        f.row("expenseCategory", 1, "HONORARIA");
        f.row("expenseItem", 1, "講師謝礼");
        f.row("expenseAmount", 1, String.valueOf((ownFunds + requested) / 2));
        f.add("expenseEligible", "1");
        f.row("expenseCategory", 2, "SUPPLIES");
        f.row("expenseItem", 2, "教材・文具");
        f.row("expenseAmount", 2, String.valueOf(ownFunds + requested - (ownFunds + requested) / 2));
        f.add("expenseEligible", "2");
        return f;
    }

    long submit(Rep rep, long windowId, long categoryId, String title, long ownFunds, long requested) {
        Page page = applicationForm(windowId, rep.groupId(), categoryId, title, ownFunds, requested, "submit")
                .post(rep.session(), base, "/subsidies/apply");
        return idFrom(page, "/subsidies/applications/");
    }

    void accept(long applicationId) {
        Page page = staff.post("/admin/subsidies/applications/" + applicationId + "/screen",
                map("outcome", "accept", "message", ""));
        assertEquals(303, page.status(), page.text());
    }

    void assignReviewers(long windowId, TestAccount... reviewers) {
        // One checkbox per reviewer: the name repeats.
        FormFields form = new FormFields();
        for (TestAccount r : reviewers) {
            form.add("reviewerIds", String.valueOf(r.id()));
        }
        Page page = form.post(staff, base, "/admin/subsidies/windows/" + windowId + "/reviewers");
        assertEquals(303, page.status(), page.text());
    }

    /** Every criterion of the application's program gets the same score (one criterionId and score per criterion). */
    Page score(WebSession reviewer, long applicationId, int score) {
        FormFields form = new FormFields();
        for (long c : numbers("SELECT c.id FROM sub_criterion c JOIN sub_application a ON a.program_id = c.program_id "
                + "WHERE a.id = ? ORDER BY c.sort_order, c.id", applicationId)) {
            form.add("criterionId", String.valueOf(c)).add("score", String.valueOf(score));
        }
        form.set("comment", "よく準備されている");
        return form.post(reviewer, base, "/review/subsidies/applications/" + applicationId + "/score");
    }

    void decide(long applicationId, String decision, long amount, String reason) {
        Page page = staff.post("/admin/subsidies/applications/" + applicationId + "/decide",
                map("decision", decision, "amount", String.valueOf(amount), "reason", reason));
        assertEquals(303, page.status(), page.text());
    }

    void release(long windowId) {
        Page page = staff.post("/admin/subsidies/windows/" + windowId + "/release", Map.of());
        assertEquals(303, page.status(), page.text());
    }

    long number(String sql, Object... args) {
        java.util.List<Long> all = numbers(sql, args);
        return all.isEmpty() ? 0 : all.get(0);
    }

    java.util.List<Long> numbers(String sql, Object... args) {
        return data.numbers(sql, args);
    }
}
