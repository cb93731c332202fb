package kyodo.voices.surveys;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The model of a results page, for citizens (without the free-text answers) and for staff. */
@Singleton
class ResultPages {

    private final SurveySetup setup;
    private final SurveyResults results;
    private final CityClock clock;

    ResultPages(SurveySetup setup, SurveyResults results, CityClock clock) {
        this.setup = setup;
        this.results = results;
        this.clock = clock;
    }

    Map<String, Object> model(CitizenSurvey s, @Nullable Long by, boolean staff) {
        Map<String, Object> model = new HashMap<>();
        model.put("survey", s);
        model.put("r", results.results(s.id()));
        model.put("axes", setup.axes(s.id()));
        model.put("by", by);
        model.put("tabs", by == null ? List.of() : results.crossTabs(s.id(), by));
        model.put("staff", staff);
        model.put("today", clock.today());
        return model;
    }
}
