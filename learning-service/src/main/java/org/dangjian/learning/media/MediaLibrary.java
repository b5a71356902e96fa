package org.dangjian.learning.media;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.kit.orgs.OrgDirectory;
import org.dangjian.kit.orgs.OrgRef;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.storage.FileUploads;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.SignedLinks;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.learning.orgs.PublishingOrg;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Party school's videos, audio and PDFs. A file arrives in parts (each stored as it comes, so a weak connection
 * resends one part, not the file, and any replica may take any part); completing the upload checks that every part
 * is there, judges the type by the first bytes, applies that type's size cap and joins the parts into one file
 * without holding it in memory. Files are read through signed links (see {@link MediaContentController}).
 */
@Service
public class MediaLibrary {
    public static final String NOT_FOUND = "LEARNING_MEDIA_NOT_FOUND";
    static final String NOT_PLAYABLE = "LEARNING_MEDIA_NOT_PLAYABLE";
    static final String PART_OUT_OF_RANGE = "LEARNING_MEDIA_PART_OUT_OF_RANGE";
    static final String PART_WRONG_SIZE = "LEARNING_MEDIA_PART_WRONG_SIZE";
    static final String PARTS_MISSING = "LEARNING_MEDIA_PARTS_MISSING";
    static final String ALREADY_COMPLETE = "LEARNING_MEDIA_ALREADY_COMPLETE";
    static final String LINK_INVALID = "LEARNING_MEDIA_LINK_INVALID";
    static final int DROP_BATCH = 200;
    private static final String PARTS_FOLDER = "lesson-media-parts";
    private static final String FOLDER = "lesson-media";
    /** Enough of a file's start for its type to show. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final long MB = 1024 * 1024;

    private final MediaFileMapper files;
    private final JdbcClient jdbc;
    private final ObjectStore store;
    private final OrgDirectory orgs;
    private final MediaProperties props;
    private final Clock clock;

    MediaLibrary(MediaFileMapper files, JdbcClient jdbc, ObjectStore store, OrgDirectory orgs, MediaProperties props,
                 Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.store = store;
        this.orgs = orgs;
        this.props = props;
        this.clock = clock;
    }

    /** Opens an upload; a file larger than the largest accepted type's cap is refused at once (413). */
    @Transactional
    MediaView start(MediaUploadRequest request, CurrentUser by) {
        long largest = Math.max(props.maxVideo().toBytes(), Math.max(props.maxAudio().toBytes(), props.maxPdf().toBytes()));
        if (request.size() > largest) {
            throw tooLarge(largest);
        }
        OrgRef org = PublishingOrg.of(orgs, request.orgId(), by);
        MediaFile file = new MediaFile();
        file.setOrgId(org.orgId());
        file.setOrgPath(org.path());
        file.setFileName(request.fileName().strip());
        file.setSize(request.size());
        file.setPartSize((int) props.partSize().toBytes());
        file.setStatus(MediaStatus.UPLOADING.name());
        file.setLinkKey(SignedLinks.newKey());
        file.setUploadedBy(by.accountId());
        file.setCreatedAt(clock.instant());
        files.insert(file);
        return view(file);
    }

    /** Stores part {@code n}; sending a part again replaces it (a retry after a lost answer). */
    @Transactional
    void putPart(long id, int n, InputStream body) {
        MediaFile file = uploading(id);
        if (n < 1 || n > file.partCount()) {
            throw ApiException.badRequest(PART_OUT_OF_RANGE, file.partCount());
        }
        long expected = file.partLength(n);
        byte[] bytes;
        try (body) {
            bytes = body.readNBytes((int) expected + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length != expected) {
            throw ApiException.badRequest(PART_WRONG_SIZE, n, expected, bytes.length);
        }
        String key = store.put(PARTS_FOLDER, bytes, "application/octet-stream");
        List<String> replaced = jdbc.sql("SELECT object_key FROM media_part WHERE media_id = ? AND part_no = ? FOR UPDATE")
                .params(id, n).query(String.class).list();
        jdbc.sql("INSERT INTO media_part (media_id, part_no, object_key, size) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE object_key = VALUES(object_key), size = VALUES(size)")
                .params(id, n, key, bytes.length).update();
        store.deleteAll(replaced);
    }

    /**
     * Drops up to {@value #DROP_BATCH} uploads started before {@code startedBefore} and still incomplete, with their
     * parts; returns how many. A job's work over every organisation: no caller's scope, plain SQL.
     */
    @Transactional
    int dropAbandoned(Instant startedBefore) {
        List<Long> ids = jdbc.sql("SELECT id FROM media_file WHERE status = 'UPLOADING' AND created_at < ? LIMIT "
                + DROP_BATCH + " FOR UPDATE").param(startedBefore).query(Long.class).list();
        if (ids.isEmpty()) {
            return 0;
        }
        List<String> keys = jdbc.sql("SELECT object_key FROM media_part WHERE media_id IN (:ids)").param("ids", ids)
                .query(String.class).list();
        jdbc.sql("DELETE FROM media_part WHERE media_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM media_file WHERE id IN (:ids)").param("ids", ids).update();
        store.deleteAll(keys);
        return ids.size();
    }

    /** Joins the parts into the file, once every part is there and the file is of a type and size lessons play. */
    @Transactional
    MediaView complete(long id) {
        MediaFile file = uploading(id);
        // one completion at a time: a second one waits here, then finds the file complete
        jdbc.sql("SELECT id FROM media_file WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
        file = uploading(id);
        List<Part> parts = parts(id);
        if (parts.size() != file.partCount()) {
            throw ApiException.conflict(PARTS_MISSING, missing(file, parts.stream().map(Part::n).toList()));
        }
        String type;
        try (InputStream head = store.open(parts.get(0).key(), 0, Math.min(HEAD_BYTES, file.partLength(1)))) {
            type = FileUploads.detect(head.readAllBytes(), file.getFileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long cap = capOf(type);
        if (cap == 0) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, NOT_PLAYABLE, type);
        }
        if (file.getSize() > cap) {
            throw tooLarge(cap);
        }
        String key = store.put(FOLDER, joined(parts), file.getSize(), type);
        file.setContentType(type);
        file.setObjectKey(key);
        file.setStatus(MediaStatus.READY.name());
        file.setCompletedAt(clock.instant());
        files.updateById(file);
        jdbc.sql("DELETE FROM media_part WHERE media_id = ?").param(id).update();
        store.deleteAll(parts.stream().map(Part::key).toList());
        return view(file);
    }

    MediaView get(long id) {
        return view(managed(id));
    }

    /** The newest files of the caller's subtree. */
    List<MediaView> recent() {
        List<MediaFile> newest = files.selectList(new LambdaQueryWrapper<MediaFile>()
                .orderByDesc(MediaFile::getId).last("LIMIT 100"));
        List<Long> uploading = newest.stream().filter(f -> MediaStatus.UPLOADING.name().equals(f.getStatus()))
                .map(MediaFile::getId).toList();
        Map<Long, List<Integer>> received = new java.util.HashMap<>();
        if (!uploading.isEmpty()) {
            jdbc.sql("SELECT media_id, part_no FROM media_part WHERE media_id IN (:ids) ORDER BY media_id, part_no")
                    .param("ids", uploading)
                    .query((rs, i) -> received.computeIfAbsent(rs.getLong("media_id"), k -> new java.util.ArrayList<>())
                            .add(rs.getInt("part_no"))).list();
        }
        return newest.stream().map(f -> view(f, received.getOrDefault(f.getId(), List.of()))).toList();
    }

    /** A link for the file's administrators to look at it. */
    MediaLink link(long id) {
        MediaFile file = managed(id);
        if (!MediaStatus.READY.name().equals(file.getStatus())) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return link(file.getId(), file.getLinkKey(), file.getContentType(), file.getSize(), props.linkAtLeast());
    }

    /**
     * The types of the complete files among {@code ids} the caller manages (a course's lessons name them); a file
     * still uploading, of another subtree or unknown is not in the map.
     */
    public Map<Long, String> readyTypes(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return files.selectBatchIds(ids).stream().filter(f -> MediaStatus.READY.name().equals(f.getStatus()))
                .collect(Collectors.toMap(MediaFile::getId, MediaFile::getContentType));
    }

    /**
     * A link to a lesson's file for a learner the caller checked may study the lesson: it works for twice the
     * lesson's length, at least {@code link-at-least}.
     */
    public MediaLink lessonLink(long mediaId, int lessonSeconds) {
        return jdbc.sql("SELECT id, link_key, content_type, size FROM media_file WHERE id = ? AND status = 'READY'")
                .param(mediaId)
                .query((rs, i) -> link(rs.getLong("id"), rs.getString("link_key"), rs.getString("content_type"),
                        rs.getLong("size"), max(props.linkAtLeast(), Duration.ofSeconds(2L * lessonSeconds))))
                .optional().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    /** Where a complete file's bytes are, for a link signed for it that has not expired (403 otherwise). */
    Content content(long id, long expires, String signature) {
        Content file = jdbc.sql("SELECT object_key, link_key, content_type, size, file_name FROM media_file"
                        + " WHERE id = ? AND status = 'READY'").param(id)
                .query((rs, i) -> new Content(rs.getString("object_key"), rs.getString("link_key"),
                        rs.getString("content_type"), rs.getLong("size"), rs.getString("file_name")))
                .optional().orElseThrow(() -> ApiException.notFound(NOT_FOUND));
        if (!SignedLinks.valid(contentPath(id), expires, signature, file.linkKey(), clock.instant())) {
            throw ApiException.forbidden(LINK_INVALID);
        }
        return file;
    }

    record Content(String key, String linkKey, String type, long size, String name) {
    }

    private static String contentPath(long id) {
        return "/api/learning/media/" + id + "/content";
    }

    private MediaLink link(long id, String linkKey, String type, long size, Duration validFor) {
        Instant expires = clock.instant().plus(validFor);
        return new MediaLink(SignedLinks.sign(contentPath(id), expires, linkKey),
                Instant.ofEpochSecond(expires.getEpochSecond()), type, size);
    }

    private long capOf(String type) {
        return switch (type) {
            case FileUploads.MP4 -> props.maxVideo().toBytes();
            case FileUploads.MP3, FileUploads.M4A -> props.maxAudio().toBytes();
            case FileUploads.PDF -> props.maxPdf().toBytes();
            default -> 0;
        };
    }

    /** The parts one after another, each opened when the previous one is used up. */
    private InputStream joined(List<Part> parts) {
        Iterator<Part> next = parts.iterator();
        return new SequenceInputStream(new Enumeration<InputStream>() {
            @Override
            public boolean hasMoreElements() {
                return next.hasNext();
            }

            @Override
            public InputStream nextElement() {
                Part part = next.next();
                return store.open(part.key(), 0, part.size());
            }
        });
    }

    private MediaFile uploading(long id) {
        MediaFile file = managed(id);
        if (!MediaStatus.UPLOADING.name().equals(file.getStatus())) {
            throw ApiException.conflict(ALREADY_COMPLETE);
        }
        return file;
    }

    private MediaFile managed(long id) {
        MediaFile file = files.selectById(id);
        if (file == null) {
            throw ApiException.notFound(NOT_FOUND);
        }
        return file;
    }

    private record Part(int n, String key, long size) {
    }

    private List<Part> parts(long id) {
        return jdbc.sql("SELECT part_no, object_key, size FROM media_part WHERE media_id = ? ORDER BY part_no").param(id)
                .query((rs, i) -> new Part(rs.getInt("part_no"), rs.getString("object_key"), rs.getLong("size"))).list();
    }

    private List<Integer> received(long id) {
        return parts(id).stream().map(Part::n).toList();
    }

    /** "3, 7-9": the parts still to send, for the message. */
    private static String missing(MediaFile file, List<Integer> received) {
        StringBuilder text = new StringBuilder();
        Set<Integer> got = new HashSet<>(received);
        for (int n = 1; n <= file.partCount(); n++) {
            if (got.contains(n)) {
                continue;
            }
            int last = n;
            while (last < file.partCount() && !got.contains(last + 1)) {
                last++;
            }
            text.append(text.isEmpty() ? "" : ", ").append(n == last ? String.valueOf(n) : n + "-" + last);
            n = last;
        }
        return text.toString();
    }

    private MediaView view(MediaFile file) {
        boolean ready = MediaStatus.READY.name().equals(file.getStatus());
        return view(file, ready ? List.of() : received(file.getId()));
    }

    private static MediaView view(MediaFile file, List<Integer> received) {
        return new MediaView(file.getId(), file.getFileName(), file.getSize(), MediaStatus.valueOf(file.getStatus()),
                file.getContentType(), file.getPartSize(), file.partCount(), received, file.getCreatedAt());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static ApiException tooLarge(long cap) {
        return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, FileUploads.UPLOAD_TOO_LARGE, Math.max(1, cap / MB));
    }
}
