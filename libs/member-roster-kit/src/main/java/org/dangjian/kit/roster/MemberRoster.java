package org.dangjian.kit.roster;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.contracts.Anonymised;
import org.dangjian.contracts.member.MemberAnonymised;
import org.dangjian.contracts.member.MemberRegisteredV2;
import org.dangjian.contracts.member.MemberRelocated;
import org.dangjian.contracts.member.MemberStatusChanged;
import org.dangjian.contracts.member.MemberStatusChangedV2;
import org.dangjian.contracts.member.MemberUpdated;
import org.dangjian.kit.orgs.OrgPathFollower;
import org.dangjian.kit.security.scope.SubtreePaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The members of the city as member-service announces them ({@code member_ref}), so that a service
 * checks who belongs where without calling back. Changes reach the service's {@link RosterFollower}s.
 * {@code status} keeps one word per member (see {@code MembershipStatus.summary()}): the standing
 * (PROBATIONARY, FULL) while on the roll, mobile or not, else the state (ARRIVING, SUSPENDED, LEFT); so
 * "status IN ('PROBATIONARY', 'FULL')" still means "counted in the branch". Mobility ({@code mobile}) and the
 * occupation code are kept beside it.
 */
public class MemberRoster implements OrgPathFollower {
    private static final String COLUMNS =
            "member_id, org_id, org_path, name, gender, birth_date, join_date, status, occupation, mobile, education";
    /** The member API's name for the occupation, as {@code MemberUpdated.changed} lists it. */
    private static final String OCCUPATION_FIELD = "occupation";
    private static final String EDUCATION_FIELD = "education";
    private final JdbcClient jdbc;
    /** Looked up when a change happens: a follower may itself need the org directory, which needs us. */
    private final ObjectProvider<RosterFollower> followers;

    MemberRoster(JdbcClient jdbc, ObjectProvider<RosterFollower> followers) {
        this.jdbc = jdbc;
        this.followers = followers;
    }

    public Optional<MemberRef> find(long memberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_ref WHERE member_id = ?").param(memberId)
                .query(MemberRef.class).optional();
    }

    /** The members among {@code memberIds} the roster knows, in one query. */
    public Map<Long, MemberRef> findAll(Collection<Long> memberIds) {
        Map<Long, MemberRef> found = new HashMap<>();
        if (!memberIds.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + " FROM member_ref WHERE member_id IN (:ids)").param("ids", memberIds)
                    .query(MemberRef.class).list().forEach(m -> found.put(m.memberId(), m));
        }
        return found;
    }

    /**
     * The members, any status, whose name is among {@code names}, in one query: an import names people as a person
     * does (name and date of birth), and the caller narrows them to those on the roll in their scope.
     */
    public List<MemberRef> findNamed(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM member_ref WHERE name IN (:names)").param("names", names)
                .query(MemberRef.class).list();
    }

    void registered(MemberRegisteredV2 e) {
        jdbc.sql("INSERT INTO member_ref (" + COLUMNS + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NOW(6))"
                        + " ON DUPLICATE KEY UPDATE name = VALUES(name), gender = VALUES(gender),"
                        + " birth_date = VALUES(birth_date), join_date = VALUES(join_date),"
                        + " occupation = VALUES(occupation), education = VALUES(education), updated_at = NOW(6)")
                .params(e.memberId(), e.orgId(), e.orgPath(), e.name(), e.gender(), e.birthDate(), e.joinDate(),
                        e.status().summary(), e.occupation(), e.status().mobile(), e.education())
                .update();
        find(e.memberId()).ifPresent(m -> followers.orderedStream().forEach(f -> f.registered(m)));
    }

    /**
     * The event carries the current occupation and education, but events written before they travelled carry null:
     * a null clears the roster's code only when the event says that field changed.
     */
    void updated(MemberUpdated e) {
        boolean occupationChanged = changed(e, OCCUPATION_FIELD);
        boolean educationChanged = changed(e, EDUCATION_FIELD);
        jdbc.sql("UPDATE member_ref SET name = COALESCE(?, name),"
                        + " occupation = CASE WHEN ? THEN ? ELSE COALESCE(?, occupation) END,"
                        + " education = CASE WHEN ? THEN ? ELSE COALESCE(?, education) END,"
                        + " updated_at = NOW(6) WHERE member_id = ?")
                .params(e.name(), occupationChanged, e.occupation(), e.occupation(),
                        educationChanged, e.education(), e.education(), e.memberId()).update();
    }

    private static boolean changed(MemberUpdated e, String field) {
        return e.changed() != null && e.changed().contains(field);
    }

    void relocated(MemberRelocated e) {
        find(e.memberId()).ifPresent(before -> {
            jdbc.sql("UPDATE member_ref SET org_id = ?, org_path = ?, updated_at = NOW(6) WHERE member_id = ?")
                    .params(e.toOrgId(), e.toOrgPath(), e.memberId()).update();
            MemberRef after = find(e.memberId()).orElseThrow();
            followers.orderedStream().forEach(f -> f.relocated(before, after));
        });
    }

    /**
     * A former member past their retention period: the roster keeps the row for the counts, without the name and
     * the day of birth (the year stays, as member-service keeps it); the followers take the person off their own
     * copies. An unknown member is nothing to do.
     */
    void anonymised(MemberAnonymised e) {
        jdbc.sql("UPDATE member_ref SET name = ?, birth_date = MAKEDATE(YEAR(birth_date), 1), updated_at = NOW(6)"
                + " WHERE member_id = ?").params(Anonymised.NAME, e.memberId()).update();
        followers.orderedStream().forEach(f -> f.anonymised(e));
    }

    /** A v1 change: its MOBILE or SUSPENDED did not say the standing, the roster's row does. */
    void statusChangedV1(MemberStatusChanged e) {
        String known = find(e.memberId()).map(MemberRef::status).orElse(null);
        statusChanged(MemberStatusChangedV2.of(e, known));
    }

    void statusChanged(MemberStatusChangedV2 e) {
        find(e.memberId()).ifPresent(before -> {
            jdbc.sql("UPDATE member_ref SET status = ?, mobile = ?, updated_at = NOW(6) WHERE member_id = ?")
                    .params(e.after().summary(), e.after().mobile(), e.memberId()).update();
            MemberRef after = find(e.memberId()).orElseThrow();
            followers.orderedStream().forEach(f -> f.statusChanged(before, after));
        });
    }

    @Override
    public void rewritePaths(String oldPrefix, String newPrefix) {
        SubtreePaths.move(jdbc, "member_ref", "org_path", oldPrefix, newPrefix);
    }
}
