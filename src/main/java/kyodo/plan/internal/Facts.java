package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.Choice;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FiscalYear;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;
import kyodo.core.MailTexts;
import kyodo.core.PlanFacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the platform recorded for an item: staff tag things of other modules (events, subsidy programs,
 * outreach lectures, …) with the item; each module's {@link PlanFacts} bean gives the figures of its
 * tagged things for a fiscal year. The plan never reads another module's tables.
 */
@Singleton
public class Facts {

    static final String TARGET = "pln.audit.target.item";

    /** The tagged things of one kind and their figures in a year. */
    public record Group(String kind, String kindLabelKey, List<Named> things, List<PlanFacts.Fact> facts) {
    }

    public record Named(long id, String name) {
    }

    private final Map<String, PlanFacts> byKind = new LinkedHashMap<>();
    private final TagRepository tags;
    private final ItemRepository items;
    private final FormValidator validator;
    private final MailTexts texts;
    private final AuditLog audit;
    private final CityClock clock;

    Facts(List<PlanFacts> modules, TagRepository tags, ItemRepository items, FormValidator validator, MailTexts texts,
          AuditLog audit, CityClock clock) {
        modules.stream().sorted(java.util.Comparator.comparing(PlanFacts::kind)).forEach(m -> byKind.put(m.kind(), m));
        this.tags = tags;
        this.items = items;
        this.validator = validator;
        this.texts = texts;
        this.audit = audit;
        this.clock = clock;
    }

    public List<PlanFacts> kinds() {
        return List.copyOf(byKind.values());
    }

    public Optional<PlanFacts> kind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    @Transactional
    public List<Tag> tagsOf(long itemId) {
        return tags.ofItem(itemId);
    }

    /** Per kind, the things tagged with the item and their figures in the year (kinds without tags left out). */
    @Transactional
    public List<Group> of(long itemId, FiscalYear year) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        tags.ofItem(itemId).forEach(t -> ids.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t.thingId()));
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, module) -> {
            List<Long> tagged = ids.get(kind);
            if (tagged == null || tagged.isEmpty()) {
                return;
            }
            List<Named> things = tagged.stream().map(id -> new Named(id, module.name(id))).toList();
            groups.add(new Group(kind, module.kindLabelKey(), things, module.facts(tagged, year)));
        });
        return groups;
    }

    /** The figures as the first lines of a department's draft (in Japanese, as the report is written). */
    public String draftText(List<Group> groups) {
        StringBuilder text = new StringBuilder();
        for (Group g : groups) {
            text.append(texts.text("pln.draft.heading", texts.text(g.kindLabelKey()))).append('\n');
            text.append(texts.text("pln.draft.things", String.join(texts.text("pln.draft.separator"),
                    g.things().stream().map(Named::name).filter(n -> !n.isEmpty()).toList()))).append('\n');
            for (PlanFacts.Fact f : g.facts()) {
                text.append(texts.text("pln.draft.fact", texts.text(f.labelKey()), String.format("%,d", f.value()),
                        f.unitKey() == null ? "" : texts.text(f.unitKey()))).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    public List<Choice> taggable(String kind, FiscalYear year) {
        return kind(kind).map(m -> m.taggable(year)).orElse(List.of());
    }

    @Transactional
    public void tag(long itemId, TagForm form, long actorId) {
        items.findById(itemId).orElseThrow(Plans::notFound);
        FieldErrors errors = validator.validate(form);
        PlanFacts module = errors.has("kind") ? null : byKind.get(form.kind());
        if (!errors.has("kind") && module == null) {
            errors.add("kind", "core.error.format");
        }
        if (module != null && !errors.has("thingId")) {
            String name = module.name(Long.parseLong(form.thingId()));
            if (name == null || name.isEmpty()) {
                errors.add("thingId", "pln.error.noSuchThing");
            }
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        if (tags.add(itemId, form.kind(), Long.parseLong(form.thingId()), actorId, clock.now()) > 0) {
            audit.record(actorId, "pln.audit.tagged", TARGET, Long.toString(itemId), form.kind() + ":" + form.thingId());
        }
    }

    @Transactional
    public void untag(long itemId, String kind, long thingId, long actorId) {
        if (tags.remove(itemId, kind, thingId) > 0) {
            audit.record(actorId, "pln.audit.untagged", TARGET, Long.toString(itemId), kind + ":" + thingId);
        }
    }

    @Transactional
    public List<Tag> tagsOfThing(String kind, long thingId) {
        return tags.ofThing(kind, thingId);
    }
}
