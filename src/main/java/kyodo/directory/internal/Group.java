package kyodo.directory.internal;

import kyodo.directory.GroupType;

import java.time.LocalDateTime;
import java.util.List;

/** A group as the directory stores it. {@code privateContact} is for the center only. */
public record Group(long id, String name, String nameKana, GroupType type, String area, String schoolDistrict,
                    Integer foundedYear, Integer memberCount, String description, String activityDays,
                    String activityPlace, String publicContact, String privateContact, String website,
                    String socialLinks, Status status, String statusNote, long createdBy,
                    LocalDateTime createdAt, LocalDateTime updatedAt, LocalDateTime approvedAt,
                    List<ActivityField> fields) {

    public enum Status { PENDING, APPROVED, REJECTED }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    Group withFields(List<ActivityField> f) {
        return new Group(id, name, nameKana, type, area, schoolDistrict, foundedYear, memberCount, description,
                activityDays, activityPlace, publicContact, privateContact, website, socialLinks, status, statusNote,
                createdBy, createdAt, updatedAt, approvedAt, f);
    }

    /** The group's data as form input, to edit it or confirm it in the yearly survey. */
    public GroupInput toInput() {
        return new GroupInput(name, nameKana, type.name(), area, schoolDistrict,
                foundedYear == null ? null : foundedYear.toString(), memberCount == null ? null : memberCount.toString(),
                description, activityDays, activityPlace, publicContact, privateContact, website, socialLinks,
                fields.stream().map(Enum::name).toList());
    }
}
