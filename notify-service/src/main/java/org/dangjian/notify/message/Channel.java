package org.dangjian.notify.message;

/** How a message travels. WeChat subscribe messages follow once members' WeChat bindings are announced. */
public enum Channel {
    SMS("短信"), WECHAT("微信订阅消息");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    /** The Chinese label, as the portal and the API document show it. */
    public String label() {
        return label;
    }
}
