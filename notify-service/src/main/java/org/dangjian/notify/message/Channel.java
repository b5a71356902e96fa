package org.dangjian.notify.message;

/** How a message travels. WeChat subscribe messages follow once members' WeChat bindings are announced. */
public enum Channel {
    SMS, WECHAT
}
