package org.dangjian.notify.delivery;

/**
 * WeChat mini-program subscribe messages ({@code delivery.wechat}, when {@code dj.notify.wechat.enabled}).
 * Implementations throw {@link ProviderException} saying whether trying again may help.
 */
public interface WechatSender {
    /** The name messages record as their provider. */
    String name();

    /** Hands the message to WeChat; returns WeChat's id for it. */
    String send(WechatRequest request);
}
