package org.dangjian.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.dangjian.kit.testkit.TestTokens;

/**
 * The shared tree of {@link MemberTestSupport}, plus a builder of members to register with sensible
 * defaults, for the read-side tests (search, statistics, political birthdays).
 */
public abstract class MemberTreeTestSupport extends MemberTestSupport {

    protected String orgAdminOf(long... pathIds) {
        long org = pathIds[pathIds.length - 1];
        return TestTokens.orgAdmin(org % 100_000, org, path(pathIds));
    }

    /** Registers through {@code POST /api/members} as the city administrator; returns the new id. */
    protected long register(NewMember m) {
        return register(m.body()).get("id").asLong();
    }

    /** A member to register: sensible defaults, each overridable. */
    protected static final class NewMember {
        private final Map<String, Object> body = new HashMap<>();
        private LocalDate birth;
        private boolean male = true;

        public NewMember(long orgId, String name) {
            body.put("orgId", String.valueOf(orgId));
            body.put("name", name);
            body.put("status", "FULL");
            born(LocalDate.of(1980, 6, 15));
        }

        public NewMember born(LocalDate birthDate) {
            birth = birthDate;
            body.put("birthDate", birthDate.toString());
            body.put("joinDate", birthDate.plusYears(25).toString());
            return renumber();
        }

        public NewMember female() {
            male = false;
            return renumber();
        }

        public NewMember joined(LocalDate joinDate) {
            body.put("joinDate", joinDate.toString());
            return this;
        }

        public NewMember with(String field, String value) {
            body.put(field, value);
            return this;
        }

        public String idNumber() {
            return (String) body.get("idNumber");
        }

        private NewMember renumber() {
            body.put("gender", male ? "MALE" : "FEMALE");
            body.put("idNumber", MemberTestSupport.idNumber(birth, male));
            return this;
        }

        Map<String, Object> body() {
            return body;
        }
    }
}
