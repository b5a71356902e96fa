package org.dangjian.contracts;

import java.util.List;

/** One topic per aggregate; the key is the aggregate id so each aggregate's events stay in order. */
public final class Topics {
    public static final String ORG = "dj.org.v1";
    public static final String AUTH = "dj.auth.v1";
    public static final String MEMBER = "dj.member.v1";
    public static final String RECRUITMENT = "dj.recruitment.v1";
    public static final String TRANSFER = "dj.transfer.v1";
    public static final String POINTS = "dj.points.v1";
    public static final String LEARNING = "dj.learning.v1";
    public static final String CADRE = "dj.cadre.v1";

    public static final List<String> ALL =
            List.of(ORG, AUTH, MEMBER, RECRUITMENT, TRANSFER, POINTS, LEARNING, CADRE);

    /** Where poison messages of a topic end up after bounded retries. */
    public static String deadLetter(String topic) {
        return topic + ".DLT";
    }

    private Topics() {
    }
}
