package org.dangjian.transfer.intocity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.transfer.workflow.TransferAccess;
import org.dangjian.transfer.workflow.TransferView;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The scan of the outside organisation's letter that a member arriving from outside the city brings. */
@Tag(name = "组织关系转接", description = "登记党员组织关系转接，逐级审批、退回、确认报到或撤销。"
        + "Registering a member's transfer between organisations and each step of it: approval level by level,"
        + " rejection, confirming the member's arrival, cancellation.")
@RestController
class OutsideLetterController {
    private static final String PATH = "/api/transfers/{id:\\d+}/outside-letter/scan";
    private final OutsideLetterScans scans;
    private final TransferAccess access;

    OutsideLetterController(OutsideLetterScans scans, TransferAccess access) {
        this.scans = scans;
        this.access = access;
    }

    @Administrators
    @PostMapping(path = PATH, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "attachOutsideLetterScan", summary = "上传转出地介绍信扫描件", description = """
            INTO_CITY only: attaches the scan of the letter the outside organisation issued (its number, date \
            and issuer were recorded at registration; no letter is printed here in its name), sent as the \
            multipart field `file`: a PDF, JPEG or PNG told by its bytes, within the upload limit. A new scan \
            replaces the old. For administrators (@Administrators) of the receiving branch (otherwise 403 with \
            the reason TRANSFER_SCAN_NOT_RECEIVING_BRANCH). Answers the transfer.""")
    @ApiResponse(responseCode = "200", description = "附上扫描件后的转接。The transfer with its scan.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "只有转入本市的转接有转出地介绍信。Only a transfer into the city has an"
            + " outside letter, code TRANSFER_NOT_INTO_CITY; or someone else acted on it first, code"
            + " TRANSFER_CHANGED_CONCURRENTLY")
    @ApiResponse(responseCode = "413", description = "文件过大。The file is larger than the upload limit (code"
            + " UPLOAD_TOO_LARGE) or the request than the body limit (code PAYLOAD_TOO_LARGE)")
    @ApiResponse(responseCode = "415", description = "扫描件须为 PDF、JPEG 或 PNG。The file is not a PDF, JPEG or PNG (code"
            + " TRANSFER_SCAN_NOT_ACCEPTED), or the request is not multipart (code UNSUPPORTED_MEDIA_TYPE)")
    TransferView attach(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
        return access.view(scans.attach(id, file.getInputStream(), CurrentUsers.get()));
    }

    @GetMapping(PATH)
    @Operation(operationId = "getOutsideLetterScan", summary = "查看转出地介绍信扫描件", description = """
            The scan of the outside organisation's letter of an INTO_CITY transfer, in the type it was stored \
            as (private caches must revalidate). Anyone signed in who may read the transfer.""")
    @ApiResponse(responseCode = "200", description = "扫描件。The scan.", content = {
            @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_JPEG_VALUE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = MediaType.IMAGE_PNG_VALUE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "转接记录不存在、不在所辖范围内或尚未上传扫描件。The transfer does not"
            + " exist or is outside the caller's organisations (code TRANSFER_NOT_FOUND), or no scan is attached yet"
            + " (code TRANSFER_SCAN_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "只有转入本市的转接有转出地介绍信。Only a transfer into the city has an"
            + " outside letter, code TRANSFER_NOT_INTO_CITY")
    ResponseEntity<byte[]> scan(@PathVariable long id) {
        OutsideLetterScans.Scan scan = scans.read(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(scan.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(scan.bytes());
    }
}
