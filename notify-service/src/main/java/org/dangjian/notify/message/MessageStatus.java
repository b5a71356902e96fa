package org.dangjian.notify.message;

/**
 * WAITING to go out (now or after a back-off), SENDING while a worker holds it, HELD by quiet hours
 * (released in the morning) or by the daily limit (until an administrator resends it), SENT when the
 * provider accepted it, DELIVERED when its report came back, FAILED when retries ran out.
 */
public enum MessageStatus {
    WAITING("待发送"), SENDING("发送中"), HELD("暂缓发送"), SENT("已发送"), DELIVERED("已送达"), FAILED("发送失败");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    /** The Chinese label, as the portal and the API document show it. */
    public String label() {
        return label;
    }

    /** What clients see: a message a worker is sending is still waiting to them. */
    public MessageStatus shown() {
        return this == SENDING ? WAITING : this;
    }
}
