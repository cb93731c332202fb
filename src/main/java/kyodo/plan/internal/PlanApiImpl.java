package kyodo.plan.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.plan.PlanApi;

import java.util.ArrayList;
import java.util.List;

@Singleton
class PlanApiImpl implements PlanApi {

    private final TagRepository tags;
    private final ItemRepository items;
    private final PlanRepository plans;

    PlanApiImpl(TagRepository tags, ItemRepository items, PlanRepository plans) {
        this.tags = tags;
        this.items = items;
        this.plans = plans;
    }

    @Override
    @Transactional
    public List<TaggedItem> itemsServedBy(String kind, long thingId) {
        List<TaggedItem> served = new ArrayList<>();
        for (Tag t : tags.ofThing(kind, thingId)) {
            items.findById(t.itemId()).ifPresent(i -> plans.findById(i.planId()).filter(Plan::published).ifPresent(p ->
                    served.add(new TaggedItem(p.id(), i.id(), i.number(), i.name(), "/plan/" + p.id() + "/items/" + i.id()))));
        }
        return served;
    }
}
