package kyodo.directory.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.openapi.annotation.OpenAPIGroup;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import kyodo.core.ApiPage;
import kyodo.core.ApiResponses;
import kyodo.core.ApiProblems;
import kyodo.core.CityClock;
import kyodo.core.Viewer;
import kyodo.directory.board.BoardPost;
import kyodo.directory.board.PostService;
import kyodo.directory.groups.Group;
import kyodo.directory.groups.GroupFinder;
import kyodo.directory.internal.ActivityField;
import kyodo.directory.internal.DirectoryPermissions;
import kyodo.directory.internal.Text;
import kyodo.directory.outreach.Lecture;
import kyodo.directory.outreach.LectureAudience;
import kyodo.directory.outreach.LectureService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The directory's public data as JSON, read-only and for anyone, as the public pages show it: approved
 * groups (without contact details, which may be a private person's), the published outreach lectures and
 * the open posts of the もとむ・ゆずる board (without who posted them). Errors are problem details. Signed in, a
 * caller also gets what the pages show them besides: their own group under review, their group's lecture not public yet.
 */
@OpenAPIGroup("api")
@Controller("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Secured(SecurityRule.IS_ANONYMOUS)
class DirectoryJsonController {

    static final String GROUP_EXAMPLE = """
            {"id": 12, "name": "Sakura Kosodate Hiroba", "nameKana": "SAKURA KOSODATE HIROBA", "type": "CIVIC",
             "fields": ["CHILDCARE"], "area": "Chuo", "schoolDistrict": "Chuo", "foundedYear": 2015, "memberCount": 12,
             "description": "A place for parents and children.", "activityDays": "Wednesdays", "activityPlace": "Chuo hall",
             "website": "https://example.jp/group", "socialLinks": null, "approved": true, "url": "/groups/12",
             "updatedAt": "2026-12-01T10:00:00+09:00"}""";
    static final String LECTURE_EXAMPLE = """
            {"id": 3, "title": "Drone flying", "groupId": 12, "groupName": "Sakura Drone Club",
             "description": "How drones fly.", "audiences": ["ELEMENTARY"], "audienceNote": null, "minutes": 90, "fee": 0,
             "feeNote": null, "hostPrepares": "Two desks", "fields": ["SCHOOL"], "serviceArea": "Whole city",
             "minPeople": 5, "maxPeople": 30, "published": true, "url": "/lectures/3", "updatedAt": "2026-12-01T10:00:00+09:00"}""";
    static final String POST_EXAMPLE = """
            {"id": 7, "kind": "REQUEST", "category": "HELP", "title": "Helpers for the summer festival",
             "body": "We need five helpers.", "neededOn": "2026-08-01", "timeText": "9:00-12:00", "place": "Chuo park",
             "area": "Chuo", "schoolDistrict": null, "skills": null, "fields": ["TOWN"], "peopleNeeded": 5,
             "propertyKind": null, "groupId": 12, "expiresOn": "2026-07-31",
             "publishedAt": "2026-06-01T10:00:00+09:00", "url": "/board/7"}""";
    static final String PAGE_NOTE = "`page` from 1; `size` from 1 to 100 (50 when not given).";

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Group", example = GROUP_EXAMPLE)
    record GroupJson(long id, String name, @Nullable String nameKana, String type, List<String> fields,
                     @Nullable String area, @Nullable String schoolDistrict, @Nullable Integer foundedYear,
                     @Nullable Integer memberCount, @Nullable String description, @Nullable String activityDays,
                     @Nullable String activityPlace, @Nullable String website, @Nullable String socialLinks,
                     @Schema(description = "false for a group under review: only its own people and coordinators get it",
                             requiredMode = Schema.RequiredMode.REQUIRED) boolean approved,
                     String url, OffsetDateTime updatedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Lecture", example = LECTURE_EXAMPLE)
    record LectureJson(long id, String title, long groupId, String groupName, @Nullable String description,
                       List<String> audiences, @Nullable String audienceNote, int minutes,
                       @Schema(description = "yen; 0 when free", requiredMode = Schema.RequiredMode.REQUIRED) int fee, @Nullable String feeNote,
                       @Nullable String hostPrepares, List<String> fields, @Nullable String serviceArea,
                       @Nullable Integer minPeople, @Nullable Integer maxPeople,
                       @Schema(description = "false for a lecture not public (not published, or its group not approved): only the group's representative and coordinators get it",
                               requiredMode = Schema.RequiredMode.REQUIRED) boolean published,
                       String url, OffsetDateTime updatedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BoardPost", example = POST_EXAMPLE)
    record PostJson(long id, String kind, String category, String title, String body, @Nullable LocalDate neededOn,
                    @Nullable String timeText, @Nullable String place, @Nullable String area,
                    @Nullable String schoolDistrict, @Nullable String skills, List<String> fields,
                    @Nullable Integer peopleNeeded, @Nullable String propertyKind, @Nullable Long groupId,
                    LocalDate expiresOn, @Nullable OffsetDateTime publishedAt, String url) {
    }

    private final GroupFinder groups;
    private final LectureService lectures;
    private final PostService posts;
    private final DirectoryPermissions permissions;
    private final ApiProblems problems;
    private final CityClock clock;

    DirectoryJsonController(GroupFinder groups, LectureService lectures, PostService posts,
                            DirectoryPermissions permissions, ApiProblems problems, CityClock clock) {
        this.groups = groups;
        this.lectures = lectures;
        this.posts = posts;
        this.permissions = permissions;
        this.problems = problems;
        this.clock = clock;
    }

    @Get("/groups")
    @Operation(operationId = "listGroups", summary = "Approved civic groups in kana order",
            description = "Filters as on the groups page. " + PAGE_NOTE)
    @ApiResponse(responseCode = "200", description = "A page of groups.")
    @ApiResponses.Public
    ApiPage<GroupJson> listGroups(@Nullable @QueryValue String q, @Nullable @QueryValue String field,
                               @Nullable @QueryValue String area, @Nullable @QueryValue String type,
                               @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page, @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        var search = new GroupFinder.Search(Text.clean(q), ActivityField.parse(field), Text.clean(area),
                GroupFinder.parseType(type));
        GroupFinder.GroupPage found = groups.search(search, pageNo, pageSize);
        return ApiPage.of(found.groups().stream().map(this::json).toList(), found.total(), pageNo, pageSize);
    }

    @Get("/groups/{id:[0-9]+}")
    @Operation(operationId = "getGroup", summary = "One approved group",
            description = "Signed in, also a group under review that the caller belongs to (or any, for a coordinator), as its page shows it.")
    @ApiResponse(responseCode = "200", description = "The group", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getGroup(long id, HttpRequest<?> request, @Nullable Authentication authentication) {
        Viewer viewer = Viewer.orNull(authentication);
        return groups.find(id).filter(g -> permissions.canSeeGroup(viewer, id, g.approved()))
                .<HttpResponse<?>>map(g -> HttpResponse.ok(json(g)))
                .orElseGet(() -> problems.notFound(request));
    }

    @Get("/lectures")
    @Operation(operationId = "listLectures", summary = "Published outreach lectures of approved groups",
            description = "Filters as on the lectures page (q, field, audience). " + PAGE_NOTE)
    @ApiResponse(responseCode = "200", description = "A page of lectures.")
    @ApiResponses.Public
    ApiPage<LectureJson> listLectures(@Nullable @QueryValue String q, @Nullable @QueryValue String field,
                                 @Nullable @QueryValue String audience, @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                 @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        List<Lecture> all = lectures.catalog(new LectureService.Search(Text.clean(q), ActivityField.parse(field),
                LectureAudience.parse(audience)));
        return ApiPage.slice(all, pageNo, pageSize).map(this::json);
    }

    @Get("/lectures/{id:[0-9]+}")
    @Operation(operationId = "getLecture", summary = "One published outreach lecture",
            description = "Signed in, also a lecture not public yet for its group's representative (or a coordinator), as its page previews it.")
    @ApiResponse(responseCode = "200", description = "The lecture", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LectureJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getLecture(long id, HttpRequest<?> request, @Nullable Authentication authentication) {
        Viewer viewer = Viewer.orNull(authentication);
        return lectures.find(id).filter(l -> l.isPublic() || viewer != null && lectures.canManage(viewer, l.groupId()))
                .<HttpResponse<?>>map(l -> HttpResponse.ok(json(l)))
                .orElseGet(() -> problems.notFound(request));
    }

    @Get("/board/posts")
    @Operation(operationId = "listBoardPosts", summary = "Open posts of the request and offer board, newest first",
            description = "kind REQUEST or OFFER, field, q as on the board page. " + PAGE_NOTE)
    @ApiResponse(responseCode = "200", description = "A page of posts.")
    @ApiResponses.Public
    ApiPage<PostJson> listBoardPosts(@Nullable @QueryValue String kind, @Nullable @QueryValue String field,
                                   @Nullable @QueryValue String q, @Parameter(description = "The page, from 1", example = "1") @Nullable @QueryValue Integer page,
                                   @Parameter(description = "Items a page, 1 to 100", example = "50") @Nullable @QueryValue Integer size) {
        int pageNo = ApiPage.page(page);
        int pageSize = ApiPage.size(size);
        BoardPost.Kind k = "OFFER".equals(kind) ? BoardPost.Kind.OFFER : "REQUEST".equals(kind) ? BoardPost.Kind.REQUEST : null;
        List<BoardPost> all = posts.published(k, ActivityField.parse(field), Text.clean(q), 10_000);
        return ApiPage.slice(all, pageNo, pageSize).map(this::json);
    }

    @Get("/board/posts/{id:[0-9]+}")
    @Operation(operationId = "getBoardPost", summary = "One open post of the board")
    @ApiResponse(responseCode = "200", description = "The post", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PostJson.class)))
    @ApiResponses.Public
    @ApiResponses.NotFound
    HttpResponse<?> getBoardPost(long id, HttpRequest<?> request) {
        return posts.find(id).filter(p -> permissions.canSeePost(null, p.accountId(), p.isPublic(clock.today())))
                .<HttpResponse<?>>map(p -> HttpResponse.ok(json(p)))
                .orElseGet(() -> problems.notFound(request));
    }

    private GroupJson json(Group g) {
        return new GroupJson(g.id(), g.name(), g.nameKana(), g.type().name(), codes(g.fields()), g.area(),
                g.schoolDistrict(), g.foundedYear(), g.memberCount(), g.description(), g.activityDays(),
                g.activityPlace(), g.website(), g.socialLinks(), g.approved(), "/groups/" + g.id(), offset(g.updatedAt()));
    }

    private LectureJson json(Lecture l) {
        return new LectureJson(l.id(), l.title(), l.groupId(), l.groupName(), l.description(),
                l.audiences().stream().map(Enum::name).toList(), l.audienceNote(), l.minutes(),
                l.free() ? 0 : l.feeAmount(), l.feeNote(), l.hostPrepares(), codes(l.fields()), l.serviceArea(),
                l.minPeople(), l.maxPeople(), l.isPublic(), "/lectures/" + l.id(), offset(l.updatedAt()));
    }

    private PostJson json(BoardPost p) {
        return new PostJson(p.id(), p.kind().name(), p.category().name(), p.title(), p.body(), p.neededOn(),
                p.timeText(), p.place(), p.area(), p.schoolDistrict(), p.skills(), codes(p.fields()), p.peopleNeeded(),
                p.propertyKind() == null ? null : p.propertyKind().name(), p.groupId(), p.expiresOn(),
                p.approvedAt() == null ? null : offset(p.approvedAt()), "/board/" + p.id());
    }

    private static List<String> codes(List<ActivityField> fields) {
        return fields.stream().map(Enum::name).toList();
    }

    private OffsetDateTime offset(LocalDateTime time) {
        return clock.withOffset(time.withNano(0));
    }
}
