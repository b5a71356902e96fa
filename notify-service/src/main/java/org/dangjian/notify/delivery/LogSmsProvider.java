package org.dangjian.notify.delivery;

import org.dangjian.kit.crypto.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provider of local runs: the message is stored like any other and its text is printed to this
 * service's own log, codes included, so a developer can sign in with no SMS account; the phone number is masked
 * (the developer knows whose phone it is, a log reader need not). Never the provider of a real deployment.
 */
class LogSmsProvider implements SmsProvider {
    private static final Logger log = LoggerFactory.getLogger(LogSmsProvider.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public String send(SmsRequest request) {
        log.info("SMS to {} (message {}): {}", Masking.phone(request.phone()), request.messageId(), request.clearText());
        return "log-" + request.messageId();
    }
}
