package kyodo;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Navigation offers a page only to those it admits: for every role (and an anonymous visitor),
 * every link of the main menu and of the management menu opens with 200.
 */
@MicronautTest(transactional = false)
class NavigationWalkTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void everyLinkOfferedToARoleOpensForIt() {
        List<String> problems = new ArrayList<>();
        walk("anonymous", WebSession.at(server.getURL()), problems);
        for (Role role : Role.values()) {
            walk(role.name(), accounts.loggedIn(server.getURL(), role), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void walk(String who, WebSession session, List<String> problems) {
        Set<String> links = new LinkedHashSet<>(session.get("/").html().select(".main-nav a").eachAttr("href"));
        WebSession.Page manage = session.get("/manage");
        if (manage.status() == 200) {
            links.addAll(manage.html().select("main .card-list a").eachAttr("href"));
        }
        assertTrue(!links.isEmpty(), who + " is offered no link at all");
        for (String link : links) {
            int status = session.get(link).status();
            if (status != 200) {
                problems.add(who + " is offered " + link + " but gets " + status);
            }
        }
    }
}
