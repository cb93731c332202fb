package kyodo.portal.web;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.HomeSection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the home page's personal sections (the visitor's points, surveys to answer, reports due) in one
 * transaction: each section's service joins it instead of opening one of its own, which saves the
 * transaction's round trips to the database for every section but the first.
 */
@Singleton
class PersonalSections {

    /** Each section's data (null where a section has nothing for this visitor). */
    @Transactional
    public Map<HomeSection, Object> read(List<HomeSection> sections, Locale locale) {
        Map<HomeSection, Object> data = new HashMap<>();
        for (HomeSection section : sections) {
            data.put(section, section.data(locale));
        }
        return data;
    }
}
