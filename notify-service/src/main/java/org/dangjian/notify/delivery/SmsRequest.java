package org.dangjian.notify.delivery;

import java.util.Map;
import org.dangjian.notify.template.Template;

/**
 * One SMS for a provider: our message id (providers echo it in delivery reports), the clear phone, the
 * template (text and the provider's registered template code) and its values in the kind's order.
 */
public record SmsRequest(long messageId, String phone, Template template, Map<String, String> values) {
    /** The full text, codes included: only the log provider shows it, in the service's own log. */
    public String clearText() {
        return template.render(values);
    }
}
