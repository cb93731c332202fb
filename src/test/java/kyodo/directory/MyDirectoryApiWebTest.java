package kyodo.directory;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signed-in citizen's own directory data over the JSON API: groups with their registration's state, volunteer profile, matches. */
@MicronautTest(transactional = false)
class MyDirectoryApiWebTest {

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @Test
    void aGroupRegisteredOnThePageIsPendingInTheApiAndANonVolunteerHasNoProfile() {
        WebSession citizen = accounts.loggedIn(server.getURL(), Role.CITIZEN);
        String name = "API団体" + DirectoryTestData.unique();
        long id = DirectoryTestData.registerGroup(citizen, DirectoryTestData.groupForm(name));

        Page groups = citizen.sendJson("GET", "/api/v1/me/groups", null);
        assertEquals(200, groups.status(), groups.body());
        assertTrue(groups.body().contains("\"id\":" + id) && groups.body().contains("\"status\":\"PENDING\"")
                && groups.body().contains("\"memberRole\":\"REPRESENTATIVE\""), groups.body());
        assertTrue(groups.body().matches(".*\"createdAt\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+09:00\".*"), groups.body());
        assertTrue(groups.body().contains("\"total\":1"), groups.body());

        Page profile = citizen.sendJson("GET", "/api/v1/me/volunteer", null);
        assertEquals(404, profile.status(), profile.body());
        assertTrue(profile.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        Page matches = citizen.sendJson("GET", "/api/v1/me/matches", null);
        assertEquals(200, matches.status());
        assertTrue(matches.body().contains("\"items\":[]") && matches.body().contains("\"total\":0"), matches.body());

        Page anonymous = WebSession.at(server.getURL()).sendJsonAccepting("*/*", "GET", "/api/v1/me/groups", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
}
