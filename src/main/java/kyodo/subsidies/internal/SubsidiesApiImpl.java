package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.subsidies.AdoptedProject;
import kyodo.subsidies.OpenCall;
import kyodo.subsidies.SubsidiesApi;
import kyodo.subsidies.WindowPhase;

import java.time.LocalDateTime;

import java.util.List;

@Singleton
class SubsidiesApiImpl implements SubsidiesApi {

    private final WindowRepository windows;
    private final LedgerRepository ledger;
    private final CityClock clock;

    SubsidiesApiImpl(WindowRepository windows, LedgerRepository ledger, CityClock clock) {
        this.windows = windows;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenCall> openCalls() {
        LocalDateTime now = clock.now();
        return windows.findOpenCalls(now).stream().map(c -> new OpenCall(c.programId(), c.programName(), c.windowNumber(),
                c.opensAt(), c.closesAt(), WindowPhase.of(c.opensAt(), c.closesAt(), now))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedProject> adoptedProjectsOf(long groupId) {
        return ledger.adoptedOf(groupId).stream().map(AdoptedRow::project).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdoptedProject> adoptedProjects() {
        return ledger.adopted().stream().map(AdoptedRow::project).toList();
    }
}
