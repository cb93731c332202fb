package kyodo.portal;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.HomeSection;
import kyodo.core.Role;
import kyodo.support.TestAccounts;
import kyodo.support.TestClock;
import kyodo.support.WebSession;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The home page's slots: an ordered key, several sections to a slot, empty states where nothing is filled. */
@MicronautTest(transactional = false)
class HomeWebTest {

    /** Long before any news item of the tests is published, so the news slot shows its empty state. */
    static final TestClock CLOCK = new TestClock();

    static {
        CLOCK.set(2001, 4, 2);
    }

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;

    @MockBean(CityClock.class)
    CityClock clock() {
        return CLOCK;
    }

    /** A second section in the events slot (the same for everyone, as a section outside a personal slot must be). */
    @Singleton
    static class SecondEventsSection implements HomeSection {
        @Override
        public Slot slot() {
            return Slot.EVENTS;
        }

        @Override
        public int order() {
            return 100;
        }

        @Override
        public String template() {
            return "events/home";
        }

        @Override
        public Object data(Locale locale) {
            return List.of();
        }
    }

    @Test
    void slotsFollowTheirOrderAndASlotHoldsEverySectionThatNamesIt() {
        Document plain = WebSession.at(server.getURL()).get("/").html();
        List<String> order = new java.util.ArrayList<>(plain.select(".home-section > h2").eachAttr("id"));
        // The plan's slot shows once a plan is published, which other tests in the same database may have done.
        order.remove("slot-PLAN");
        assertEquals(List.of("slot-EVENTS", "slot-SUBSIDIES", "slot-VOLUNTEER_REQUESTS", "slot-NEWS"), order,
                "FOR_YOU is personal and left out for an anonymous visitor");
        assertEquals(2, plain.select("section[aria-labelledby=slot-EVENTS] > div").size(),
                "both sections of the slot are shown, not only the first");
        assertTrue(plain.select("section[aria-labelledby=slot-NEWS] .empty-state").size() == 1,
                "a slot nobody fills says what will appear there");
    }

    @Test
    void aSignedInVisitorGetsThePublicSlotsAsEveryoneDoesInTheirOwnLanguage() {
        WebSession citizen = accounts.logIn(server.getURL(), accounts.create(Role.CITIZEN));
        Document anonymous = WebSession.at(server.getURL()).get("/").html();
        Document signedIn = citizen.get("/").html();
        for (String slot : List.of("slot-EVENTS", "slot-SUBSIDIES", "slot-VOLUNTEER_REQUESTS", "slot-NEWS")) {
            assertEquals(anonymous.select("section[aria-labelledby=" + slot + "]").outerHtml(),
                    signedIn.select("section[aria-labelledby=" + slot + "]").outerHtml(),
                    slot + ": the public slot kept for everyone is the one an anonymous visitor sees");
        }
        citizen.get("/lang?to=en&back=/");
        Document english = citizen.get("/").html();
        assertTrue(!english.select("#slot-EVENTS").text().equals(signedIn.select("#slot-EVENTS").text()),
                "a slot kept for one language is not shown in another: " + english.select("#slot-EVENTS").text());
        citizen.get("/lang?to=ja&back=/");
        assertEquals(signedIn.select("section[aria-labelledby=slot-EVENTS]").outerHtml(),
                citizen.get("/").html().select("section[aria-labelledby=slot-EVENTS]").outerHtml(), "each language keeps its own");
    }
}
