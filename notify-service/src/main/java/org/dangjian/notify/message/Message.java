package org.dangjian.notify.message;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;
import org.dangjian.kit.security.scope.OrgScoped;
import org.dangjian.notify.template.MessageKind;

/**
 * One message to one recipient on one channel, caused by one event. Administrators see the messages of
 * their subtree (by the recipient's organisation); messages without one (login codes) only the city.
 */
@Getter
@Setter
@TableName("message")
@OrgScoped(orgPathColumn = "org_path")
public class Message {
    @TableId(type = IdType.AUTO)
    private Long id;
    private String eventId;
    private MessageKind kind;
    private Channel channel;
    private boolean urgent;
    private String recipientKey;
    private String recipientMasked;
    private String phoneEnc;
    private String phoneIdx;
    /** WECHAT messages: the member's open id (their phone columns are empty). */
    private String openId;
    private String orgPath;
    private String text;
    private String varsEnc;
    private MessageStatus status;
    private HeldReason heldReason;
    private Integer attempts;
    private Instant nextAttemptAt;
    private Instant claimedUntil;
    private Instant expiresAt;
    private String provider;
    private String providerMessageId;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;
    private Instant deliveredAt;
}
