package org.dangjian.notify.delivery;

/** An SMS gateway. Implementations throw {@link ProviderException} saying whether trying again may help. */
public interface SmsProvider {
    /** The name messages record and delivery reports are posted under ({@code log}, {@code aliyun}, ...). */
    String name();

    /** Hands the message to the provider; returns the provider's id for it. */
    String send(SmsRequest request);
}
