package org.dangjian.learning.study;

/** What became of a heartbeat. Only CREDITED earns study time. */
public enum HeartbeatOutcome {
    /** Media time played since the previous heartbeat, as far as the server's clock allows. */
    CREDITED("已计入学习时长"),
    /** Play (re)started here: the lesson is the learner's playing lesson from now on; no time earned yet. */
    STARTED("开始学习"),
    /** The same heartbeat again (a retry): nothing changes. */
    REPEATED("重复的心跳"),
    /** The position did not move forward (paused, or sought back): nothing earned. */
    NOT_FORWARD("进度未前进"),
    /** Another lesson is playing for this learner (another device): this one earns nothing. */
    ANOTHER_LESSON_PLAYING("另一课程正在播放");

    private final String label;

    HeartbeatOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
