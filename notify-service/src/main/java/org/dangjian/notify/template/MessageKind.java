package org.dangjian.notify.template;

import java.util.List;

/**
 * What a message is about, with its built-in Chinese text and the variables it names. Urgent kinds
 * (one-time codes) are never held by quiet hours or the daily limit. The text is what the log provider
 * prints and what lists show; SMS providers send their registered template with the same variables.
 */
public enum MessageKind {
    LOGIN_CODE("登录验证码", true, "您的登录验证码为${code}，5分钟内有效，请勿泄露给他人。", "code"),
    PHONE_CODE("更换手机验证码", true, "您正在更换绑定手机，验证码为${code}，5分钟内有效，请勿泄露给他人。", "code"),
    POLITICAL_BIRTHDAY("政治生日祝福", false, "${name}同志：今天是您的政治生日，您已入党${years}周年。不忘初心、牢记使命，感谢您为党的事业作出的贡献！",
            "name", "years"),
    TRANSFER_REGISTERED("转接已登记", false, "${name}同志：您的组织关系转接（${from}转往${to}）已登记，正在审批。", "name", "from", "to"),
    TRANSFER_AWAITING_APPROVAL("转接待审批", false, "党员${name}的组织关系转接（${from}转往${to}）待${approver}审批，请于${dueDate}前办理。",
            "name", "from", "to", "approver", "dueDate"),
    TRANSFER_APPROVED("转接已批准", false, "${name}同志：您的组织关系转接已审批通过，请持介绍信及时到${to}报到。", "name", "to"),
    /** Within the city transfers are paperless (全程无纸化): no letter, the receiving branch confirms online. */
    TRANSFER_APPROVED_IN_CITY("市内转接已批准", false,
            "${name}同志：您的组织关系转接已审批通过。市内转接无需介绍信，请于${reportBy}前直接到${to}报到，由该支部在线确认接收。",
            "name", "to", "reportBy"),
    TRANSFER_AWAITING_ARRIVAL("转接待接收", false, "党员${name}的组织关系已批准由${from}转入${to}，请在其报到后确认接收。", "name", "from", "to"),
    TRANSFER_REJECTED("转接未获批准", false, "党员${name}的组织关系转接（${from}转往${to}）未获批准，理由：${reason}。", "name", "from", "to", "reason"),
    TRANSFER_COMPLETED("转接完成", false, "党员${name}的组织关系已由${from}转入${to}，转接完成。", "name", "from", "to"),
    TRANSFER_EXPIRED("转接已失效", false, "党员${name}的组织关系介绍信已过有效期未报到，转接已失效，如需转接请重新办理。", "name"),
    TRANSFER_EXPIRED_IN_CITY("市内转接已失效", false, "党员${name}未在报到期限内到${to}报到，组织关系转接已失效，如需转接请重新办理。",
            "name", "to"),
    POINTS_WARNING("党员预警", false, "${org}：党员${name}已连续${months}个月${reason}，请及时了解情况、做好教育管理。", "org", "name",
            "months", "reason"),
    ADMIN_DIGEST("管理员每日汇总", false, "${org}今日待办：党员预警${warnings}条，满六个月须研究处理${flags}条，组织关系转接待审批${approvals}件"
            + "（最早截止${due}），流动党员外出满期待提醒转接${away}项，干部信息季度更新逾期${cadres}项。详情请登录党建云查看。", "org",
            "warnings", "flags", "approvals", "due", "away", "cadres"),
    MEETING_ANNOUNCED("会议通知", false, "${org}定于${time}在${place}召开${meeting}，主题：${topic}。请准时参加，不能参加请在小程序中请假。",
            "org", "meeting", "time", "place", "topic"),
    MEETING_CANCELLED("会议取消", false, "${org}原定于${time}召开的${meeting}（${topic}）已取消。", "org", "meeting", "time", "topic"),
    /** Two kinds, not one with the decision as a variable: an SMS provider registers each fixed text with its variables. */
    MEETING_LEAVE_APPROVED("会议请假已批准", false, "${org}：您${time}${meeting}（${topic}）的请假已批准。", "org", "meeting", "time", "topic"),
    MEETING_LEAVE_REFUSED("会议请假未批准", false, "${org}：您${time}${meeting}（${topic}）的请假未获批准，理由：${reason}。请准时到${place}参加。",
            "org", "meeting", "time", "topic", "reason", "place"),
    /** To the administrators of the organisation that performs a member-development step, before it falls due. */
    RECRUITMENT_DEADLINE("发展党员步骤临近期限", false, "${org}：${name}的发展党员步骤“${step}”应于${dueDate}前办理，请及时办理。",
            "org", "name", "step", "dueDate"),
    /** The same organisation once the step's due date has passed without it. */
    RECRUITMENT_OVERDUE("发展党员步骤已逾期", false, "${org}：${name}的发展党员步骤“${step}”已过办理期限（${dueDate}），请尽快办理。",
            "org", "name", "step", "dueDate"),
    /** To the booking organisation's administrators: the booking stands, and until when it may be given up. */
    LECTURE_BOOKED("专家讲座已预约", false, "${org}已预约${time}${expert}专家讲座“${topic}”，地点：${place}。如需取消，请于${cancelUntil}前在党建云办理。",
            "org", "expert", "topic", "time", "place", "cancelUntil"),
    /** To the offering organisation's administrators: a place is free again. */
    LECTURE_BOOKING_CANCELLED("专家讲座预约已取消", false, "${org}已取消预约${time}${expert}专家讲座“${topic}”，名额已释放。",
            "org", "expert", "topic", "time"),
    /** To the booking organisation's administrators: the offering organisation called the lecture off. */
    LECTURE_WITHDRAWN("专家讲座已取消", false, "原定${time}的${expert}专家讲座“${topic}”已由主办方取消，${org}的预约随之取消。",
            "org", "expert", "topic", "time"),
    /** To the booking organisation's administrators, the day before. */
    LECTURE_REMINDER("专家讲座提醒", false, "${org}：${expert}专家讲座“${topic}”将于${time}在${place}举行，请组织党员准时参加。",
            "org", "expert", "topic", "time", "place");

    private final String label;
    private final boolean urgent;
    private final String defaultText;
    private final List<String> variables;

    MessageKind(String label, boolean urgent, String defaultText, String... variables) {
        this.label = label;
        this.urgent = urgent;
        this.defaultText = defaultText;
        this.variables = List.of(variables);
    }

    /** The Chinese label, as the portal and the API document show it. */
    public String label() {
        return label;
    }

    public boolean urgent() {
        return urgent;
    }

    public String defaultText() {
        return defaultText;
    }

    public List<String> variables() {
        return variables;
    }

    /** Variables whose values must never be shown or stored in clear. */
    public boolean secret(String variable) {
        return urgent && "code".equals(variable);
    }
}
