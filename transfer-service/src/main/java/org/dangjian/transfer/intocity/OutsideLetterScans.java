package org.dangjian.transfer.intocity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;
import org.dangjian.kit.security.CurrentUser;
import org.dangjian.kit.storage.ObjectStore;
import org.dangjian.kit.storage.StorageProperties;
import org.dangjian.kit.web.problem.ApiException;
import org.dangjian.transfer.workflow.Transfer;
import org.dangjian.transfer.workflow.TransferAccess;
import org.dangjian.transfer.workflow.TransferKind;
import org.dangjian.transfer.workflow.TransferMapper;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The scan of the letter a member arriving from outside the city brings: the receiving branch attaches it
 * to the transfer (its number, date and issuer were recorded at registration), no Kunshan letter is
 * printed in the outside organisation's name. A scan is a PDF or a photo, told by its bytes, within the
 * platform's upload limit; a new scan replaces the old one.
 */
@Service
public class OutsideLetterScans {
    static final String NOT_INTO_CITY = "TRANSFER_NOT_INTO_CITY";
    static final String NOT_RECEIVING_BRANCH = "TRANSFER_SCAN_NOT_RECEIVING_BRANCH";
    static final String SCAN_NOT_ACCEPTED = "TRANSFER_SCAN_NOT_ACCEPTED";
    static final String SCAN_NOT_FOUND = "TRANSFER_SCAN_NOT_FOUND";
    static final String TOO_LARGE = "UPLOAD_TOO_LARGE";
    static final String CHANGED_CONCURRENTLY = "TRANSFER_CHANGED_CONCURRENTLY";
    private static final String FOLDER = "outside-letters";
    private static final Set<String> ACCEPTED = Set.of("application/pdf", "image/jpeg", "image/png");

    private final TransferAccess access;
    private final TransferMapper transfers;
    private final ObjectStore store;
    private final long maxBytes;
    private final Tika tika = new Tika();

    OutsideLetterScans(TransferAccess access, TransferMapper transfers, ObjectStore store, StorageProperties storage) {
        this.access = access;
        this.transfers = transfers;
        this.store = store;
        this.maxBytes = storage.getMaxImageBytes();
    }

    record Scan(String contentType, byte[] bytes) {
    }

    @Transactional
    public Transfer attach(long transferId, InputStream upload, CurrentUser caller) {
        Transfer t = intoCity(transferId);
        if (!caller.covers(t.getToOrgPath())) {
            throw ApiException.forbidden(NOT_RECEIVING_BRANCH);
        }
        byte[] bytes = readCapped(upload);
        String type = tika.detect(bytes);
        if (!ACCEPTED.contains(type)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, SCAN_NOT_ACCEPTED);
        }
        String replaced = t.getOutsideLetterScanKey();
        t.setOutsideLetterScanKey(store.put(FOLDER, bytes, type));
        t.setOutsideLetterScanType(type);
        if (transfers.updateById(t) == 0) {
            store.delete(t.getOutsideLetterScanKey());
            throw ApiException.conflict(CHANGED_CONCURRENTLY);
        }
        if (replaced != null) {
            store.delete(replaced);
        }
        return t;
    }

    /** Whoever may read the transfer may read the scan. */
    Scan read(long transferId) {
        Transfer t = intoCity(transferId);
        if (t.getOutsideLetterScanKey() == null) {
            throw ApiException.notFound(SCAN_NOT_FOUND);
        }
        byte[] bytes = store.get(t.getOutsideLetterScanKey()).orElseThrow(() -> ApiException.notFound(SCAN_NOT_FOUND));
        return new Scan(t.getOutsideLetterScanType(), bytes);
    }

    private Transfer intoCity(long transferId) {
        Transfer t = access.get(transferId);
        if (t.getKind() != TransferKind.INTO_CITY) {
            throw ApiException.conflict(NOT_INTO_CITY);
        }
        return t;
    }

    private byte[] readCapped(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, maxBytes / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
