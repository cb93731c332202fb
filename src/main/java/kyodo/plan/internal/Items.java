package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.CityClock;
import kyodo.core.FieldErrors;
import kyodo.core.FormInvalidException;
import kyodo.core.FormValidator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item's sheet as plan staff add or change it. The rules: a number is used once in a plan, the level
 * above (given, or read from the number) exists, a 【再掲】 item repeats an item that exists, and every
 * 主な関連事業 names an item that exists; nothing is written when one of them fails.
 */
@Singleton
public class Items {

    static final String TARGET = "pln.audit.target.item";

    private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
    private static final String DASH = "[-\\uFF0D\\u2010-\\u2014\\u2212\\u30FC]";
    private static final String SEGMENT = "(?:" + DIGIT + "+|[(\\uFF08]" + DIGIT + "+[)\\uFF09]|[\\u2460-\\u2473\\u3251-\\u325F\\u32B1-\\u32BF])";
    /** A number inside text as the sheets write 主な関連事業: 「1－(1)－③まちづくりコーディネーター…」. */
    static final Pattern NUMBER_IN_TEXT = Pattern.compile(DIGIT + "+(?:" + DASH + SEGMENT + ")+");

    private final PlanRepository plans;
    private final ItemRepository items;
    private final DepartmentRepository departments;
    private final FormValidator validator;
    private final AuditLog audit;
    private final CityClock clock;

    Items(PlanRepository plans, ItemRepository items, DepartmentRepository departments, FormValidator validator,
          AuditLog audit, CityClock clock) {
        this.plans = plans;
        this.items = items;
        this.departments = departments;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /** The item numbers named in a 主な関連事業 text, tidied, in order, each once. */
    public static List<String> numbersIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = NUMBER_IN_TEXT.matcher(text);
            while (m.find()) {
                found.add(ItemNumber.normalize(m.group()));
            }
        }
        return new ArrayList<>(found);
    }

    @Transactional
    public Optional<Item> find(long itemId) {
        return items.findById(itemId);
    }

    public Item require(long itemId) {
        return find(itemId).orElseThrow(Plans::notFound);
    }

    @Transactional
    public List<Link> links(long itemId) {
        return items.linksOf(itemId);
    }

    @Transactional
    public List<YearPlan> yearPlans(long itemId) {
        return items.yearPlansOf(itemId);
    }

    /** The form of an item as stored, to edit it. */
    @Transactional
    public ItemForm formOf(Item item, Plan plan) {
        List<String> related = new ArrayList<>();
        for (Link l : items.linksOf(item.id())) {
            items.findById(l.relatedId()).ifPresent(r -> related.add(r.number()));
        }
        List<String> years = new ArrayList<>();
        java.util.Map<Integer, String> byYear = new java.util.HashMap<>();
        items.yearPlansOf(item.id()).forEach(y -> byYear.put(y.fiscalYear(), y.planText()));
        plan.years().forEach(y -> years.add(byYear.get(y)));
        String parent = item.parentId() == null ? null : items.findById(item.parentId()).map(Item::number).orElse(null);
        String repost = item.repostOf() == null ? null : items.findById(item.repostOf()).map(Item::number).orElse(null);
        return new ItemForm(item.number(), parent, item.name(), repost, item.issue(), item.purpose(), item.content(),
                String.join(" ", related), item.target(), item.actor(),
                item.departmentId() == null ? null : item.departmentId().toString(), item.departmentNote(),
                item.relatedDepartments(), item.completion(), years);
    }

    /** Adds an item ({@code itemId} null) or changes one; returns its id. */
    @Transactional
    public long save(long planId, Long itemId, ItemForm form, long actorId) {
        Plan plan = plans.findByIdForUpdate(planId).orElseThrow(Plans::notFound);
        Item existing = itemId == null ? null : items.findById(itemId).filter(i -> i.planId() == planId).orElseThrow(Plans::notFound);
        FieldErrors errors = validator.validate(form);
        String number = ItemNumber.normalize(form.number());
        if (!errors.has("number") && number != null) {
            Optional<Item> same = items.findByPlanIdAndNumber(planId, number);
            if (same.isPresent() && (existing == null || !same.get().id().equals(existing.id()))) {
                errors.add("number", "pln.error.duplicateNumber", number);
            }
        }
        Item parent = null;
        if (form.parentNumber() != null) {
            String parentNumber = ItemNumber.normalize(form.parentNumber());
            parent = items.findByPlanIdAndNumber(planId, parentNumber).orElse(null);
            if (parent == null) {
                errors.add("parentNumber", "pln.error.noSuchItem", parentNumber);
            } else if (existing != null && descendsFrom(parent, existing.id())) {
                errors.add("parentNumber", "pln.error.parentLoop");
            }
        } else if (number != null && ItemNumber.parentOf(number) != null) {
            parent = items.findByPlanIdAndNumber(planId, ItemNumber.parentOf(number)).orElse(null);
        }
        Item original = null;
        if (form.repostOf() != null) {
            String originalNumber = ItemNumber.normalize(form.repostOf());
            original = items.findByPlanIdAndNumber(planId, originalNumber).orElse(null);
            if (original == null) {
                errors.add("repostOf", "pln.error.noSuchItem", originalNumber);
            } else if (existing != null && original.id().equals(existing.id()) || originalNumber.equals(number)) {
                errors.add("repostOf", "pln.error.repostSelf");
            }
        }
        List<Item> related = new ArrayList<>();
        if (!errors.has("related")) {
            for (String n : numbersIn(form.related())) {
                Optional<Item> target = items.findByPlanIdAndNumber(planId, n);
                if (target.isEmpty()) {
                    errors.add("related", "pln.error.noSuchRelated", n);
                    break;
                }
                related.add(target.get());
            }
        }
        Long departmentId = null;
        if (!errors.has("departmentId") && form.departmentId() != null) {
            departmentId = Long.parseLong(form.departmentId());
            if (departments.findById(departmentId).isEmpty()) {
                errors.add("departmentId", "core.error.notFound");
            }
        }
        if (form.yearPlan() != null && form.yearPlan().stream().anyMatch(t -> t != null && t.length() > 100)) {
            errors.add("yearPlan", "core.error.tooLong", 100);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        int depth = form.parentNumber() != null && parent != null ? parent.depth() + 1 : ItemNumber.segments(number).size();
        Item saved = write(plan, existing, number, parent, depth, original, departmentId, form);
        items.deleteLinks(saved.id());
        for (int i = 0; i < related.size(); i++) {
            if (!related.get(i).id().equals(saved.id())) {
                items.addLink(saved.id(), related.get(i).id(), i + 1);
            }
        }
        items.deleteYearPlans(saved.id());
        List<Integer> years = plan.years();
        for (int i = 0; i < years.size(); i++) {
            String text = form.yearPlanAt(i);
            if (!text.isEmpty()) {
                items.addYearPlan(saved.id(), years.get(i), text);
            }
        }
        audit.record(actorId, existing == null ? "pln.audit.itemAdded" : "pln.audit.itemChanged", TARGET,
                saved.id().toString(), number);
        return saved.id();
    }

    private Item write(Plan plan, Item existing, String number, Item parent, int depth, Item original, Long departmentId,
                       ItemForm f) {
        if (existing == null) {
            return items.save(new Item(null, plan.id(), parent == null ? null : parent.id(), depth, number,
                    ItemNumber.sortKey(number), f.name(), original == null ? null : original.id(), f.issue(), f.purpose(),
                    f.content(), f.target(), f.actor(), departmentId, f.departmentNote(), f.relatedDepartments(),
                    f.completion(), clock.now(), clock.now()));
        }
        return items.update(new Item(existing.id(), plan.id(), parent == null ? null : parent.id(), depth, number,
                ItemNumber.sortKey(number), f.name(), original == null ? null : original.id(), f.issue(), f.purpose(),
                f.content(), f.target(), f.actor(), departmentId, f.departmentNote(), f.relatedDepartments(),
                f.completion(), existing.createdAt(), clock.now()));
    }

    private boolean descendsFrom(Item candidate, long ancestorId) {
        Item at = candidate;
        for (int guard = 0; at != null && guard < 50; guard++) {
            if (at.id() == ancestorId) {
                return true;
            }
            at = at.parentId() == null ? null : items.findById(at.parentId()).orElse(null);
        }
        return false;
    }
}
