package kyodo.subsidies;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens to the module's domain events as the portal and points modules will. */
@Singleton
public class SubsidyEventsRecorder {

    final List<SubsidyAwarded> awarded = new CopyOnWriteArrayList<>();
    final List<SubsidyWithdrawn> withdrawn = new CopyOnWriteArrayList<>();
    final List<SubsidyConfirmed> confirmed = new CopyOnWriteArrayList<>();

    @EventListener
    void on(SubsidyAwarded event) {
        awarded.add(event);
    }

    @EventListener
    void on(SubsidyWithdrawn event) {
        withdrawn.add(event);
    }

    @EventListener
    void on(SubsidyConfirmed event) {
        confirmed.add(event);
    }
}
