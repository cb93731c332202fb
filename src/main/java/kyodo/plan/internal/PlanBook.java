package kyodo.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan read whole, as pages show it: its levels, its items in tree order with their related items,
 * yearly plans, 【再掲】 originals and departments, and (when asked for) the results of one fiscal year.
 */
public final class PlanBook {

    /** An item and the items under it, in number order. */
    public record Node(Item item, List<Node> children) {
    }

    private final Plan plan;
    private final List<Level> levels;
    private final Map<Long, Item> byId = new LinkedHashMap<>();
    private final Map<String, Item> byNumber = new HashMap<>();
    private final Map<Long, List<Item>> related = new HashMap<>();
    private final Map<Long, Map<Integer, String>> yearPlans = new HashMap<>();
    private final Map<Long, Department> departments;
    private final Map<Long, Result> results;
    private final List<Node> roots = new ArrayList<>();
    private final List<Item> ordered = new ArrayList<>();

    PlanBook(Plan plan, List<Level> levels, List<Item> items, List<Link> links, List<YearPlan> years,
             Map<Long, Department> departments, Map<Long, Result> results) {
        this.plan = plan;
        this.levels = levels;
        this.departments = departments;
        this.results = results;
        items.forEach(i -> {
            byId.put(i.id(), i);
            byNumber.put(i.number(), i);
        });
        links.stream().sorted(Comparator.comparingInt(Link::position)).forEach(l -> {
            Item target = byId.get(l.relatedId());
            if (target != null) {
                related.computeIfAbsent(l.itemId(), k -> new ArrayList<>()).add(target);
            }
        });
        years.forEach(y -> yearPlans.computeIfAbsent(y.itemId(), k -> new HashMap<>()).put(y.fiscalYear(), y.planText()));
        Map<Long, List<Item>> children = new HashMap<>();
        List<Item> top = new ArrayList<>();
        Comparator<Item> order = Comparator.comparing(Item::sortKey).thenComparing(Item::number);
        // Headings the numbers imply but the plan does not list (1 and 1-(2) above 1-(2)-①) are shown by number.
        Map<String, Item> implied = new HashMap<>();
        List<Item> all = new ArrayList<>(items);
        for (Item i : items) {
            if (i.parentId() == null || !byId.containsKey(i.parentId())) {
                String above = ItemNumber.parentOf(i.number());
                while (above != null && !byNumber.containsKey(above) && !implied.containsKey(above)) {
                    Item heading = new Item(-(long) (implied.size() + 1), plan.id(), null, ItemNumber.segments(above).size(),
                            above, ItemNumber.sortKey(above), "", null, null, null, null, null, null, null, null, null, null,
                            plan.createdAt(), plan.updatedAt());
                    implied.put(above, heading);
                    all.add(heading);
                    above = ItemNumber.parentOf(above);
                }
            }
        }
        all.stream().sorted(order).forEach(i -> {
            Item parent = parentOf(i, implied);
            if (parent != null) {
                children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(i);
            } else {
                top.add(i);
            }
        });
        top.forEach(i -> roots.add(node(i, children, 0)));
    }

    private Item parentOf(Item i, Map<String, Item> implied) {
        if (i.parentId() != null && byId.containsKey(i.parentId())) {
            return byId.get(i.parentId());
        }
        String above = ItemNumber.parentOf(i.number());
        if (above == null) {
            return null;
        }
        return byNumber.containsKey(above) ? byNumber.get(above) : implied.get(above);
    }

    private Node node(Item item, Map<Long, List<Item>> children, int guard) {
        if (item.id() > 0) {
            ordered.add(item);
        }
        List<Node> under = new ArrayList<>();
        if (guard < 20) {
            children.getOrDefault(item.id(), List.of()).forEach(c -> under.add(node(c, children, guard + 1)));
        }
        return new Node(item, under);
    }

    public Plan plan() {
        return plan;
    }

    public List<Level> levels() {
        return levels;
    }

    public List<String> levelNames() {
        return levels.stream().map(Level::name).toList();
    }

    public List<Node> roots() {
        return roots;
    }

    /** Every item in tree order (a heading before the items under it). */
    public List<Item> items() {
        return ordered;
    }

    public int size() {
        return byId.size();
    }

    public Optional<Item> item(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Item> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** The name of the item's level (事業), the deepest level's for anything deeper. */
    public String levelName(Item item) {
        if (levels.isEmpty()) {
            return "";
        }
        return levels.get(Math.min(item.depth(), levels.size()) - 1).name();
    }

    public List<Item> related(Item item) {
        return related.getOrDefault(item.id(), List.of());
    }

    /** The item a 【再掲】 item repeats, or null. */
    public Item original(Item item) {
        return item.repostOf() == null ? null : byId.get(item.repostOf());
    }

    /** What a link should open: the item itself, or for a 【再掲】 item the original (the same item). */
    public Item same(Item item) {
        Item original = original(item);
        return original == null ? item : original;
    }

    /** The 【再掲】 items that repeat this one. */
    public List<Item> reposts(Item item) {
        return ordered.stream().filter(i -> item.id().equals(i.repostOf())).toList();
    }

    public String yearPlan(Item item, int year) {
        return yearPlans.getOrDefault(item.id(), Map.of()).getOrDefault(year, "");
    }

    public Department department(Item item) {
        return item.departmentId() == null ? null : departments.get(item.departmentId());
    }

    public List<Department> departmentsInUse() {
        return ordered.stream().map(this::department).filter(java.util.Objects::nonNull).distinct()
                .sorted(Comparator.comparing(Department::name)).toList();
    }

    /** The result of the year the book was read for (null when there is none, or it is not published). */
    public Result result(Item item) {
        return results.get(item.id());
    }

    /** Items that have a sheet to report on: the deepest level, or any item with a department. */
    public boolean reportable(Item item) {
        return item.departmentId() != null;
    }

    public boolean leaf(Item item) {
        return roots.stream().map(n -> find(n, item.id())).filter(java.util.Objects::nonNull).findFirst()
                .map(n -> n.children().isEmpty()).orElse(true);
    }

    private static Node find(Node node, long id) {
        if (node.item().id() == id) {
            return node;
        }
        for (Node c : node.children()) {
            Node found = find(c, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** A heading the numbers imply (no item of its own): shown by its level and number only. */
    public boolean implied(Item item) {
        return item.id() < 0;
    }
}
