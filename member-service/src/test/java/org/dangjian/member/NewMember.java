package org.dangjian.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member to register through {@code POST /api/members}: sensible defaults, each overridable, and a
 * valid ID number that agrees with the birth date and gender.
 */
public final class NewMember {
    private final Map<String, Object> body = new HashMap<>();
    private LocalDate birth;
    private boolean male = true;
    private final List<Action> afterwards = new ArrayList<>();

    /** A lifecycle route to call once the member is registered, e.g. {@code mobility} with its body (no version). */
    public record Action(String route, Map<String, Object> body) {
    }

    public NewMember(long orgId, String name) {
        body.put("orgId", String.valueOf(orgId));
        body.put("name", name);
        body.put("standing", "FULL");
        born(LocalDate.of(1980, 6, 15));
    }

    /** The request body with every field given; admitted at 25, a full member. */
    public static Map<String, Object> member(long orgId, String name, String gender, String id, String phone,
                                             String birth) {
        Map<String, Object> m = new HashMap<>();
        m.put("orgId", String.valueOf(orgId));
        m.put("name", name);
        m.put("gender", gender);
        m.put("idNumber", id);
        if (phone != null) {
            m.put("phone", phone);
        }
        m.put("birthDate", birth);
        m.put("joinDate", LocalDate.parse(birth).plusYears(25).toString());
        m.put("standing", "FULL");
        return m;
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

    /** Mobile (流动党员) to the GB/T 2260 region, once registered. */
    public NewMember mobileTo(String region) {
        afterwards.add(new Action("mobility", Map.of("region", region, "city", "上海市")));
        return this;
    }

    /** Left for the coded reason, once registered. */
    public NewMember leftFor(String reason) {
        afterwards.add(new Action("leaving", Map.of("reason", reason)));
        return this;
    }

    public List<Action> afterwards() {
        return List.copyOf(afterwards);
    }

    public String idNumber() {
        return (String) body.get("idNumber");
    }

    /** The request body. */
    public Map<String, Object> body() {
        return body;
    }

    private NewMember renumber() {
        body.put("gender", male ? "MALE" : "FEMALE");
        body.put("idNumber", TestIdNumbers.idNumber(birth, male));
        return this;
    }
}
