package org.dangjian.transfer.letter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The letter of introduction of an approved transfer, as a PDF to print; and the public page its QR
 * code leads to, where the receiving side checks that a paper letter is genuine and still valid.
 */
@Tag(name = "介绍信", description = "组织关系介绍信：打印 PDF、扫码核验真伪与有效期、到期处理。"
        + "Letters of introduction: the PDF to print, the public check behind its QR code, and their expiry.")
@RestController
class LetterController {
    private final Letters letters;

    LetterController(Letters letters) {
        this.letters = letters;
    }

    @Operation(operationId = "printTransferLetter", summary = "打印介绍信", description = """
            The letter of introduction of a transfer out of the city as a PDF to print (inline, named after the \
            letter's number, not cached), issued in the name of the committee that approved the transfer (or the \
            organisation department) with its seal box, and a QR code leading to the public verification. Issued \
            once the last level approved. Within the city transfers are paperless and into the city the member \
            brings the outside organisation's letter: neither has one here (409). Anyone signed in who may read \
            the transfer.""")
    @ApiResponse(responseCode = "200", description = "介绍信 PDF。The letter as a PDF.",
            headers = @Header(name = "Content-Disposition", description = "inline; filename=<介绍信编号>.pdf",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE,
                    schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "转接记录不存在或不在所辖范围内。The transfer does not exist or is"
            + " outside the caller's organisations, code TRANSFER_NOT_FOUND",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "Problem")))
    @ApiResponse(responseCode = "409", description = "介绍信在最后一级审批通过后开具；市内转接全程无纸化、转入本市凭转出地介绍信，"
            + "均不在此开具。The letter is not issued yet (it is issued once the last level approves), code"
            + " TRANSFER_LETTER_NOT_ISSUED; a transfer within the city has no letter, code TRANSFER_NO_LETTER_IN_CITY;"
            + " one into the city has the outside organisation's, code TRANSFER_NO_LETTER_INTO_CITY",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(ref = "Problem")))
    @GetMapping(value = "/api/transfers/{id:\\d+}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Letters.Printed printed = letters.print(id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(printed.number() + ".pdf").build().toString())
                .body(printed.pdf());
    }

    /** Public (no token): the QR code is scanned by whoever holds the paper. */
    @Operation(operationId = "verifyTransferLetter", summary = "核验介绍信", description = """
            Public, no token: the page a letter's QR code leads to. Tells whether the letter is genuine and \
            can still be accepted (its transfer approved and the letter within its validity), with the \
            member's name masked. An unknown number and a wrong code answer alike (404), so numbers cannot \
            be probed.""")
    @ApiResponse(responseCode = "200", description = "核验结果。What the letter is and whether it can be accepted.",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "未找到该介绍信（编号或校验码不对）。No such letter, or the code does not"
            + " match, code TRANSFER_LETTER_NOT_FOUND")
    @GetMapping("/api/transfers/letters/{number}/verification")
    LetterVerification verify(
            @Parameter(description = "介绍信编号。The letter's number.") @PathVariable String number,
            @Parameter(description = "二维码中的校验码。The secret code in the QR code.") @RequestParam(required = false) String code) {
        return letters.verify(number, code);
    }
}
