package kyodo.subsidies.web;

import kyodo.core.SharedPage;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import kyodo.core.Pages;
import kyodo.core.Viewer;
import kyodo.directory.DirectoryApi;
import kyodo.directory.GroupSummary;
import kyodo.subsidies.AdoptedProject;
import kyodo.subsidies.SubsidiesApi;
import kyodo.subsidies.internal.FileDownloads;
import kyodo.subsidies.internal.FileNames;
import kyodo.subsidies.internal.SubsidyFile;
import kyodo.subsidies.internal.ProgramCatalog;
import kyodo.core.CityClock;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Public pages: open calls with their windows and guidelines, adopted projects, program forms. */
@Produces(MediaType.TEXT_HTML)
@Controller("/subsidies")
@Secured(SecurityRule.IS_ANONYMOUS)
class PublicSubsidyController {

    private final ProgramCatalog programs;
    private final SubsidiesApi api;
    private final BeanProvider<DirectoryApi> directory;
    private final FileDownloads files;
    private final CityClock clock;

    PublicSubsidyController(ProgramCatalog programs, SubsidiesApi api, BeanProvider<DirectoryApi> directory,
                            FileDownloads files, CityClock clock) {
        this.programs = programs;
        this.api = api;
        this.directory = directory;
        this.files = files;
        this.clock = clock;
    }

    /** An adopted project with its group's name, as the public list shows it. */
    record Adopted(AdoptedProject project, String groupName) {
    }

    @SharedPage
    @Get
    HttpResponse<?> index() {
        List<AdoptedProject> adopted = api.adoptedProjects();
        Map<Long, String> names = adopted.isEmpty() ? Map.of() : directory.get().findGroups(adopted.stream()
                        .map(AdoptedProject::groupId).distinct().toList()).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name, (a, b) -> a));
        return Pages.page("subsidies/index", Map.of("calls", programs.openCalls(), "now", clock.now(),
                "adopted", adopted.stream().map(p -> new Adopted(p, names.getOrDefault(p.groupId(), "—"))).toList()));
    }

    @SharedPage
    @Get("/programs/{id}")
    HttpResponse<?> program(@PathVariable long id) {
        return programs.view(id).<HttpResponse<?>>map(v -> Pages.page("subsidies/program", Map.of("v", v, "now", clock.now())))
                .orElse(HttpResponse.notFound());
    }

    /** Program forms are public; attachments and photos only for those who handle the application. */
    @Get("/files/{id}")
    @Produces(MediaType.ALL)
    HttpResponse<?> file(@PathVariable long id, @Nullable Authentication authentication) {
        FileDownloads.Download d = files.download(Viewer.orNull(authentication), id);
        return switch (d.access()) {
            case ALLOWED -> HttpResponse.ok(d.file().content())
                    .contentType(d.file().contentType())
                    .header("Content-Disposition", FileNames.attachment(d.file().fileName()))
                    .header("X-Content-Type-Options", "nosniff")
                    // A program's forms are public; an application's files are kept in no cache.
                    .header("Cache-Control", SubsidyFile.PROGRAM.equals(d.file().ownerType()) ? "no-cache" : "no-store");
            case FORBIDDEN -> HttpResponse.status(HttpStatus.FORBIDDEN);
            case NOT_FOUND -> HttpResponse.notFound();
        };
    }
}
