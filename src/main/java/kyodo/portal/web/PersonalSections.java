package kyodo.portal.web;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.HomeSection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the home page's personal sections (the visitor's points, surveys to answer, reports due) in one
 * transaction: each section's service joins it instead of opening one of its own, which saves the
 * transaction's round trips to the database for every section but the first.
 */
@Singleton
class PersonalSections {

    /** Each section's data, in the order given (null where a section has nothing for this visitor). */
    @Transactional
    public List<Object> read(List<HomeSection> sections, Locale locale) {
        List<Object> data = new ArrayList<>(sections.size());
        for (HomeSection section : sections) {
            data.add(section.data(locale));
        }
        return data;
    }
}
