package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static kyodo.directory.DirectoryTestData.map;
import static kyodo.directory.DirectoryTestData.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Groups: registration, approval before publication, representative and members, the search, DirectoryApi. */
@MicronautTest(transactional = false)
class GroupWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    DirectoryTestData data;
    @Inject
    DirectoryApi directory;

    @Test
    void aRegisteredGroupIsPublicOnlyAfterACoordinatorApprovesIt() {
        TestAccount founder = accounts.create(Role.CITIZEN);
        WebSession citizen = accounts.logIn(server.getURL(), founder);
        String name = "子育てひろば" + unique();
        long id = DirectoryTestData.registerGroup(citizen, DirectoryTestData.groupForm(name));

        Page own = citizen.get("/groups/" + id + "?registered=1");
        assertEquals(200, own.status());
        assertTrue(own.text().contains("承認待ち"), own.text());
        assertTrue(own.text().contains("代表 090-0000-1111"), "the representative sees the private contact");
        assertTrue(own.text().contains("2015年"), "full-width digits are accepted");

        WebSession anonymous = WebSession.at(server.getURL());
        assertEquals(404, anonymous.get("/groups/" + id).status());
        assertFalse(anonymous.get("/groups?q=" + name).text().contains(name));
        assertTrue(directory.findGroup(id).isPresent());
        assertFalse(directory.findGroup(id).get().approved());
        assertTrue(directory.groupsRepresentedBy(founder.id()).isEmpty(), "only approved groups can apply");
        assertTrue(directory.isRepresentative(founder.id(), id));

        // A citizen cannot approve; a coordinator can.
        assertEquals(403, citizen.post("/admin/groups/" + id + "/approve", Map.of()).status());
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        assertTrue(coordinator.get("/admin/groups").text().contains(name));
        Page approved = coordinator.post("/admin/groups/" + id + "/approve", Map.of());
        assertEquals(303, approved.status());

        Page list = anonymous.get("/groups?q=" + name);
        assertTrue(list.text().contains(name));
        Page page = anonymous.get("/groups/" + id);
        assertEquals(200, page.status());
        assertTrue(page.text().contains("事務局 0123-45-6789"));
        assertFalse(page.text().contains("090-0000-1111"), "the private contact is not public");
        assertTrue(directory.groupsRepresentedBy(founder.id()).stream().anyMatch(g -> g.id() == id && g.approved()));
        assertEquals(GroupType.CIVIC, directory.findGroups(List.of(id)).get(0).type());

        // The representative was told by mail.
        assertTrue(data.count("SELECT COUNT(*) FROM core_outbox WHERE subject LIKE ?", "%承認されました: " + name) > 0);
    }

    /** The coordinators' mail about a new group links, absolutely, to a page where they can decide on it. */
    @Test
    void theNewGroupMailLinksToAPageTheCoordinatorCanOpen() {
        TestAccount coordinatorAccount = accounts.create(Role.COORDINATOR);
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String name = "通知確認会" + unique();
        long id = DirectoryTestData.registerGroup(citizen, DirectoryTestData.groupForm(name));
        String body = data.text("SELECT body FROM core_outbox WHERE recipient = ? AND subject LIKE ?",
                coordinatorAccount.email(), "%承認待ち: " + name);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("(https?://\\S+)").matcher(body);
        assertTrue(link.find(), body);
        java.net.URI uri = java.net.URI.create(link.group(1));
        assertEquals("/groups/" + id, uri.getPath(), body);
        WebSession coordinator = accounts.logIn(server.getURL(), coordinatorAccount);
        Page page = coordinator.get(uri.getPath());
        assertEquals(200, page.status());
        assertNotNull(page.html().selectFirst("form[action='/admin/groups/" + id + "/approve']"), "the decision is there");
        assertEquals(404, coordinator.get("/admin/groups/" + id).status(), "the old link led nowhere");
    }

    @Test
    void aCoordinatorSeeingAPrivateContactIsLogged() {
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long id = DirectoryTestData.registerGroup(citizen, DirectoryTestData.groupForm("ログ確認会" + unique()));
        TestAccount coordinatorAccount = accounts.create(Role.COORDINATOR);
        WebSession coordinator = accounts.logIn(server.getURL(), coordinatorAccount);
        Page page = coordinator.get("/groups/" + id);
        assertTrue(page.text().contains("代表 090-0000-1111"));
        assertEquals(1, data.count("SELECT COUNT(*) FROM core_audit_log WHERE action = 'core.audit.personalDataViewed' "
                + "AND actor_id = ? AND target_type = 'dir.audit.target.group' AND target_id = ?", coordinatorAccount.id(), String.valueOf(id)));
    }

    @Test
    void badInputIsShownAgainWithMessagesAndNothingIsWritten() {
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        long before = data.count("SELECT COUNT(*) FROM dir_group");
        Map<String, String> form = DirectoryTestData.groupForm("");
        form.put("nameKana", "abc");
        form.put("foundedYear", "1700");
        form.put("website", "example.jp");
        form.put("groupType", "UNKNOWN");
        form.put("activityDays", "毎週土曜の午後");
        Page page = citizen.post("/groups", form);
        assertEquals(422, page.status());
        var html = page.html();
        assertEquals("入力してください", html.selectFirst("#groupName-error").text());
        assertTrue(html.selectFirst("#nameKana-error").text().contains("カタカナ"));
        assertTrue(html.selectFirst("#foundedYear-error").text().contains("西暦4桁"));
        assertTrue(html.selectFirst("#website-error").text().contains("https://"));
        assertNotNull(html.selectFirst("#groupType-error"));
        assertEquals("毎週土曜の午後", html.selectFirst("#activityDays").val(), "input is kept");
        assertNotNull(html.selectFirst("input[name=activityFields][value=CHILDCARE][checked]"), "checked fields are kept");
        assertEquals(before, data.count("SELECT COUNT(*) FROM dir_group"));
    }

    @Test
    void anonymousVisitorsCannotRegister() {
        Page page = WebSession.at(server.getURL()).post("/groups", DirectoryTestData.groupForm("匿名" + unique()));
        assertTrue(page.status() == 401 || page.status() == 403 || page.status() == 303, "status " + page.status());
        assertEquals(0, data.count("SELECT COUNT(*) FROM dir_group WHERE name LIKE '匿名%'"));
    }

    @Test
    void theRepresentativeAddsMembersAndHandsTheRoleOver() {
        TestAccount founder = accounts.create(Role.CITIZEN);
        TestAccount other = accounts.create(Role.CITIZEN);
        WebSession rep = accounts.logIn(server.getURL(), founder);
        long id = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm("防災の会" + unique()));

        Page unknown = rep.post("/groups/" + id + "/members", map("memberEmail", "nobody-" + unique() + "@example.jp"));
        assertEquals(422, unknown.status());
        assertTrue(unknown.html().selectFirst("#memberEmail-error").text().contains("見つかりません"));

        assertEquals(303, rep.post("/groups/" + id + "/members", map("memberEmail", other.email().toUpperCase())).status());
        assertEquals(Set.of(id), directory.groupIdsOf(other.id()));
        Page again = rep.post("/groups/" + id + "/members", map("memberEmail", other.email()));
        assertEquals(422, again.status());
        assertTrue(again.html().selectFirst("#memberEmail-error").text().contains("すでにメンバー"));

        // A member cannot add people or hand over; the page shows no private data to strangers.
        WebSession member = accounts.logIn(server.getURL(), other);
        assertEquals(422, member.post("/groups/" + id + "/members", map("memberEmail", founder.email())).status());
        assertEquals(404, member.get("/groups/" + id + "/edit").status());

        // The representative cannot leave without handing over.
        assertEquals(422, rep.post("/groups/" + id + "/members/" + founder.id() + "/remove", Map.of()).status());

        assertEquals(303, rep.post("/groups/" + id + "/representative",
                map("newRepresentative", String.valueOf(other.id()))).status());
        assertTrue(directory.isRepresentative(other.id(), id));
        assertFalse(directory.isRepresentative(founder.id(), id));
        assertEquals(1, data.count("SELECT COUNT(*) FROM dir_group_member WHERE group_id = ? AND member_role = 'REPRESENTATIVE'", id));
        assertEquals(200, member.get("/groups/" + id + "/edit").status());

        // The old representative is now a member and may leave.
        assertEquals(303, rep.post("/groups/" + id + "/members/" + founder.id() + "/remove", Map.of()).status());
        assertTrue(directory.groupIdsOf(founder.id()).isEmpty());
    }

    @Test
    void theRepresentativeEditsTheGroup() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String name = "環境の会" + unique();
        long id = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm(name));
        Page form = rep.get("/groups/" + id + "/edit");
        assertEquals(name, form.html().selectFirst("#groupName").val());
        Map<String, String> changed = DirectoryTestData.groupForm(name + "改");
        changed.put("activityFields", "ENVIRONMENT");
        assertEquals(303, rep.post("/groups/" + id + "/edit", changed).status());
        Page page = rep.get("/groups/" + id);
        assertTrue(page.text().contains(name + "改"));
        assertTrue(page.text().contains("環境・リサイクル"));
        assertFalse(page.text().contains("子育て、"));
        assertEquals(404, accounts.loggedIn(server.getURL(), Role.CITIZEN).get("/groups/" + id + "/edit").status());
    }

    @Test
    void rejectingNeedsAReasonAndTellsTheRepresentative() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String name = "差戻し会" + unique();
        long id = DirectoryTestData.registerGroup(rep, DirectoryTestData.groupForm(name));
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.STAFF);
        Page blank = coordinator.post("/admin/groups/" + id + "/reject", map("rejectReason", " "));
        assertEquals(422, blank.status());
        assertEquals("入力してください", blank.html().selectFirst("#rejectReason-error").text());
        assertEquals(303, coordinator.post("/admin/groups/" + id + "/reject", map("rejectReason", "活動実態を確認させてください")).status());
        assertTrue(rep.get("/groups/" + id).text().contains("活動実態を確認させてください"));
        assertEquals(422, coordinator.post("/admin/groups/" + id + "/reject", map("rejectReason", "again")).status());
    }

    @Test
    void everyTickedFieldOfActivityIsKept() {
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        Map<String, Object> form = new java.util.HashMap<>(DirectoryTestData.groupForm("複数分野の会" + unique()));
        form.put("activityFields", List.of("MEDICAL", "SCHOOL", "TOWN"));
        Page created = DirectoryTestData.postForm(server.getURL(), rep, "/groups", form);
        assertEquals(303, created.status(), created.text());
        String page = rep.get(created.location()).text();
        assertTrue(page.contains("医療、学校教育、まちづくり"), page);
        form.put("activityFields", List.of("MEDICAL", "NO_SUCH_FIELD"));
        Page bad = DirectoryTestData.postForm(server.getURL(), rep, "/groups", form);
        assertEquals(422, bad.status());
        assertNotNull(bad.html().selectFirst("#activityFields-error"));
        assertNotNull(bad.html().selectFirst("input[name=activityFields][value=MEDICAL][checked]"));
    }

    @Test
    void theListSearchesByFieldTypeAreaAndTextInKanaOrder() {
        String tag = unique();
        WebSession rep = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        WebSession coordinator = accounts.loggedIn(server.getURL(), Role.COORDINATOR);
        Map<String, String> a = DirectoryTestData.groupForm("ワ行の会" + tag);
        a.put("nameKana", "ワギョウノカイ");
        Map<String, String> b = DirectoryTestData.groupForm("ア行の会" + tag);
        b.put("nameKana", "アギョウノカイ");
        b.put("groupType", "NPO");
        b.remove("activityFields");
        b.put("schoolDistrict", "北小学校区" + tag);
        for (Map<String, String> form : List.of(a, b)) {
            long id = DirectoryTestData.registerGroup(rep, form);
            coordinator.post("/admin/groups/" + id + "/approve", Map.of());
        }
        String all = WebSession.at(server.getURL()).get("/groups?q=" + tag).text();
        assertTrue(all.indexOf("ア行の会") < all.indexOf("ワ行の会"), "kana order");
        String childcare = WebSession.at(server.getURL()).get("/groups?q=" + tag + "&field=CHILDCARE").text();
        assertTrue(childcare.contains("ワ行の会") && !childcare.contains("ア行の会" + tag));
        String npo = WebSession.at(server.getURL()).get("/groups?q=" + tag + "&type=NPO").text();
        assertTrue(npo.contains("ア行の会") && !npo.contains("ワ行の会" + tag));
        String area = WebSession.at(server.getURL()).get("/groups?area=北小学校区" + tag).text();
        assertTrue(area.contains("ア行の会") && !area.contains("ワ行の会" + tag));
        assertTrue(WebSession.at(server.getURL()).get("/groups?q=nothing-" + tag).text().contains("条件に合う団体はありません"));
    }
}
