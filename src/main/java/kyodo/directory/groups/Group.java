package kyodo.directory.groups;

import kyodo.directory.GroupType;
import kyodo.directory.internal.ActivityField;

import java.time.LocalDateTime;
import java.util.List;

/** A group as the pages show it, with its fields of activity. {@code privateContact} is for the center only. */
public record Group(long id, String name, String nameKana, GroupType type, String area, String schoolDistrict,
                    Integer foundedYear, Integer memberCount, String description, String activityDays,
                    String activityPlace, String publicContact, String privateContact, String website,
                    String socialLinks, Status status, String statusNote, long createdBy,
                    LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime approvedAt,
                    List<ActivityField> fields) {

    public enum Status { PENDING, APPROVED, REJECTED }

    static Group of(GroupRow r, List<ActivityField> fields) {
        return new Group(r.id(), r.name(), r.nameKana(), r.type(), r.area(), r.schoolDistrict(), r.foundedYear(),
                r.memberCount(), r.description(), r.activityDays(), r.activityPlace(), r.publicContact(),
                r.privateContact(), r.website(), r.socialLinks(), r.status(), r.statusNote(), r.createdBy(),
                r.createdAt(), r.updatedAt(), r.approvedAt(), fields);
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** The group's data as form input, to edit it or confirm it in the yearly survey. */
    public GroupInput toInput() {
        return new GroupInput(name, nameKana, type.name(), area, schoolDistrict,
                foundedYear == null ? null : foundedYear.toString(), memberCount == null ? null : memberCount.toString(),
                description, activityDays, activityPlace, publicContact, privateContact, website, socialLinks,
                fields.stream().map(Enum::name).toList());
    }
}
