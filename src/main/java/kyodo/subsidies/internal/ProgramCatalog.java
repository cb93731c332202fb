package kyodo.subsidies.internal;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Programs with their categories, windows, rubric and forms, as the public and staff pages show them. */
@Singleton
public class ProgramCatalog {

    /** A program with everything its pages show. */
    public record ProgramView(Program program, List<Category> categories, List<Window> windows,
                              List<Criterion> criteria, List<StoredFile> forms, boolean rubricLocked) {
        public Optional<Window> window(long id) {
            return windows.stream().filter(w -> w.id() == id).findFirst();
        }

        public int criteriaWeight() {
            return criteria.stream().mapToInt(Criterion::weight).sum();
        }
    }

    private final ProgramRepository programs;
    private final CategoryRepository categories;
    private final WindowRepository windows;
    private final CriterionRepository criteria;
    private final FileRepository files;
    private final CityClock clock;

    ProgramCatalog(ProgramRepository programs, CategoryRepository categories, WindowRepository windows,
                   CriterionRepository criteria, FileRepository files, CityClock clock) {
        this.programs = programs;
        this.categories = categories;
        this.windows = windows;
        this.criteria = criteria;
        this.files = files;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Program> programs() {
        return programs.findNewestFirst();
    }

    @Transactional(readOnly = true)
    public Optional<ProgramView> view(long programId) {
        return programs.findById(programId).map(p -> new ProgramView(p, categories.findByProgramIdOrderById(programId),
                windows.findByProgramIdOrderByNumber(programId), criteria.findOfProgram(programId),
                files.findDescriptions(SubsidyFile.PROGRAM, programId), criteria.countScores(programId) > 0));
    }

    /**
     * Programs with a window open now or still to come: the public "open calls", each with those windows only
     * (a closed window is not a call any more; the program's page still lists it, marked 締切).
     */
    @Transactional(readOnly = true)
    public List<ProgramView> openCalls() {
        java.time.LocalDateTime now = clock.now();
        List<Long> open = windows.findProgramsWithOpenWindows(now);
        List<ProgramView> out = new ArrayList<>();
        for (Program p : programs.findNewestFirst()) {
            if (open.contains(p.id())) {
                out.add(new ProgramView(p, categories.findByProgramIdOrderById(p.id()),
                        windows.findByProgramIdOrderByNumber(p.id()).stream().filter(w -> !w.isClosed(now)).toList(),
                        criteria.findOfProgram(p.id()), files.findDescriptions(SubsidyFile.PROGRAM, p.id()), false));
            }
        }
        return out;
    }
}
