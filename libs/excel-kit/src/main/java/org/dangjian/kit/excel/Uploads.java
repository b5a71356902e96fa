package org.dangjian.kit.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.dangjian.kit.web.problem.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/** The checks every spreadsheet upload passes before its rows are judged: present, small enough, readable. */
public final class Uploads {
    private Uploads() {
    }

    /**
     * The file's data rows; 400 when the form field is missing or the file is not a workbook with the
     * layout's header, 413 when it is larger than {@code maxBytes}.
     */
    public static List<SheetRow> rows(MultipartFile file, String field, long maxBytes, int maxRows, SheetLayout layout,
                                      ImportCodes codes) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidField(field, codes.fileMissing());
        }
        if (file.getSize() > maxBytes) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, codes.fileTooLarge(),
                    String.valueOf(maxBytes / (1024 * 1024)));
        }
        try (InputStream in = file.getInputStream()) {
            return XlsxSheetReader.read(in, layout, maxRows, codes);
        }
    }
}
