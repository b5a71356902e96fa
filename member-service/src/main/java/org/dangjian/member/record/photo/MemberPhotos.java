package org.dangjian.member.record.photo;

import com.baomidou.mybatisplus.core.conditions.update.LambdaUpdateWrapper;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.storage.ImageUploads;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StoredUpload;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.member.record.Member;
import org.dangjian.member.record.MemberMapper;
import org.dangjian.member.record.MemberService;
import org.dangjian.member.record.history.ChangeActor;
import org.dangjian.member.record.history.FieldChange;
import org.dangjian.member.record.history.MemberHistory;
import org.dangjian.member.record.update.MemberUpdates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A member's photo (for the record card and the letter of introduction): one per member, replaced by the
 * next upload. The storage kit checks size and that the bytes really are an image; the record keeps the
 * key and the detected type. Reads are scoped like the record itself.
 */
@Service
public class MemberPhotos {
    static final String NOT_FOUND = "MEMBER_PHOTO_NOT_FOUND";
    private static final String FOLDER = "member-photos";

    private final MemberService members;
    private final MemberMapper mapper;
    private final ImageUploads uploads;
    private final ObjectStore store;
    private final MemberHistory history;
    private final Clock clock;

    public MemberPhotos(MemberService members, MemberMapper mapper, ImageUploads uploads, ObjectStore store,
                        MemberHistory history, Clock clock) {
        this.members = members;
        this.mapper = mapper;
        this.uploads = uploads;
        this.store = store;
        this.history = history;
        this.clock = clock;
    }

    public record Photo(String contentType, byte[] bytes) {
    }

    @Transactional
    public StoredUpload replace(long memberId, InputStream image) {
        CurrentUser caller = CurrentUsers.get();
        Member m = members.get(memberId);
        MemberUpdates.requireNotAnonymised(m);
        StoredUpload stored = uploads.store(FOLDER, image);
        LocalDateTime now = LocalDateTime.now(clock);
        mapper.update(null, new LambdaUpdateWrapper<Member>().eq(Member::getId, m.getId())
                .set(Member::getPhotoKey, stored.key())
                .set(Member::getPhotoType, stored.contentType())
                .set(Member::getUpdatedAt, now));
        history.record(m.getId(), ChangeActor.of(caller),
                List.of(FieldChange.of("photo", m.getPhotoKey() == null ? null : "照片", "新照片")), now);
        String previous = m.getPhotoKey();
        if (previous != null) {
            // Only once the new key is committed: a rollback must leave the old photo readable.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    store.delete(previous);
                }
            });
        }
        return stored;
    }

    public Photo get(long memberId) {
        Member m = members.get(memberId);
        if (m.getPhotoKey() == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        byte[] bytes = store.get(m.getPhotoKey()).orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        return new Photo(m.getPhotoType() != null ? m.getPhotoType() : "application/octet-stream", bytes);
    }
}
