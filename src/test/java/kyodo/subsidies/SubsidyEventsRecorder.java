package kyodo.subsidies;

import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Receives the module's domain events as the portal and points modules will: one listener per
 * event type, after the commit, keyed on the application so a repeated delivery changes nothing.
 */
@Singleton
public class SubsidyEventsRecorder {

    private final Map<Long, SubsidyAwarded> awardedById = new ConcurrentHashMap<>();
    private final Map<Long, SubsidyWithdrawn> withdrawnById = new ConcurrentHashMap<>();
    private final Map<Long, SubsidyConfirmed> confirmedById = new ConcurrentHashMap<>();

    final Collection<SubsidyAwarded> awarded = awardedById.values();
    final Collection<SubsidyWithdrawn> withdrawn = withdrawnById.values();
    final Collection<SubsidyConfirmed> confirmed = confirmedById.values();

    @Singleton
    static class Awarded implements DomainEventListener<SubsidyAwarded> {
        private final SubsidyEventsRecorder recorder;

        Awarded(SubsidyEventsRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public String id() {
            return "test.subsidies.awarded";
        }

        @Override
        public Class<SubsidyAwarded> eventType() {
            return SubsidyAwarded.class;
        }

        @Override
        public void on(SubsidyAwarded event) {
            recorder.awardedById.putIfAbsent(event.applicationId(), event);
        }
    }

    @Singleton
    static class Withdrawn implements DomainEventListener<SubsidyWithdrawn> {
        private final SubsidyEventsRecorder recorder;

        Withdrawn(SubsidyEventsRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public String id() {
            return "test.subsidies.withdrawn";
        }

        @Override
        public Class<SubsidyWithdrawn> eventType() {
            return SubsidyWithdrawn.class;
        }

        @Override
        public void on(SubsidyWithdrawn event) {
            recorder.withdrawnById.putIfAbsent(event.applicationId(), event);
        }
    }

    @Singleton
    static class Confirmed implements DomainEventListener<SubsidyConfirmed> {
        private final SubsidyEventsRecorder recorder;

        Confirmed(SubsidyEventsRecorder recorder) {
            this.recorder = recorder;
        }

        @Override
        public String id() {
            return "test.subsidies.confirmed";
        }

        @Override
        public Class<SubsidyConfirmed> eventType() {
            return SubsidyConfirmed.class;
        }

        @Override
        public void on(SubsidyConfirmed event) {
            recorder.confirmedById.putIfAbsent(event.applicationId(), event);
        }
    }
}
