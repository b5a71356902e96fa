package org.dangjian.notify.delivery;

import java.util.Map;
import org.dangjian.notify.template.Template;

/**
 * One subscribe message: our message id, the member's open id, the template (WeChat template id and
 * which of its fields carry which variable) and the message's values by variable.
 */
public record WechatRequest(long messageId, String openId, Template template, Map<String, String> values) {
}
