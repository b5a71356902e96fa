package org.dangjian.learning.media;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.dangjian.kit.security.CurrentUsers;
import org.dangjian.kit.security.rights.Administrators;
import org.dangjian.kit.security.rights.AdministratorsOrAuditors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Lesson media as administrators upload them: in parts, then completed into one file. */
@RestController
@RequestMapping("/api/learning/media")
@Tag(name = "课程文件", description = "网上党校的音视频与PDF：分片上传（弱网只需重传一片），完成后按内容判定类型并限制大小，"
        + "以临时链接播放。The Party school's videos, audio and PDFs: uploaded in parts (a weak connection resends one part), "
        + "typed by their content and capped by type on completion, played through expiring links.")
public class MediaController {
    private final MediaLibrary library;

    MediaController(MediaLibrary library) {
        this.library = library;
    }

    @Administrators
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "startMediaUpload", summary = "开始分片上传",
            description = "Opens the upload of a lesson's file of `size` bytes: the answer says the part size and how many "
                    + "parts to send (PUT .../parts/{n}), then POST .../complete. A size past the largest accepted file "
                    + "(video 2 GB, audio 300 MB, PDF 100 MB by default) is refused at once. For administrators "
                    + "(@Administrators); the file belongs to `orgId` (the caller's organisation by default).")
    @ApiResponse(responseCode = "201", description = "上传已开始。The upload, no part received yet.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "缺少或不合规的字段，或组织不在所辖范围内。A field is missing or invalid, "
            + "or the organisation is not in the caller's subtree (field orgId), code VALIDATION_FAILED")
    @ApiResponse(responseCode = "413", description = "文件超过可接受的大小。Larger than any accepted file, code UPLOAD_TOO_LARGE")
    public MediaView start(@Valid @org.springframework.web.bind.annotation.RequestBody MediaUploadRequest request) {
        return library.start(request, CurrentUsers.get());
    }

    @Administrators
    @PutMapping(path = "/{id}/parts/{n}", consumes = "application/octet-stream")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "putMediaPart", summary = "上传一个分片",
            description = "Sends part `n` (from 1) of the file: exactly the part size, the last part what remains. "
                    + "Sending a part again replaces it, so a part whose answer was lost is simply sent again. For "
                    + "administrators (@Administrators) whose subtree holds the file.",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = "application/octet-stream",
                    schema = @Schema(type = "string", format = "binary"))))
    @ApiResponse(responseCode = "204", description = "已收到。Received.")
    @ApiResponse(responseCode = "400", description = "分片序号超出范围或大小不对。No such part number (code "
            + "LEARNING_MEDIA_PART_OUT_OF_RANGE) or not the size it must have (LEARNING_MEDIA_PART_WRONG_SIZE)")
    @ApiResponse(responseCode = "404", description = "文件不存在或不在所辖范围内。No such file in the caller's subtree, code "
            + "LEARNING_MEDIA_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "文件已上传完成。The upload is complete already, code "
            + "LEARNING_MEDIA_ALREADY_COMPLETE")
    public void putPart(@Parameter(description = "文件编号。The file's id.") @PathVariable long id,
                        @Parameter(description = "分片序号，从1起。The part's number, from 1.") @PathVariable int n,
                        HttpServletRequest request) throws IOException {
        library.putPart(id, n, request.getInputStream());
    }

    @Administrators
    @PostMapping("/{id}/complete")
    @Operation(operationId = "completeMediaUpload", summary = "完成上传",
            description = "Joins the parts into the file once every part is there. Its type is judged by its content, "
                    + "the file name narrowing it (MP4 video, MP3 or M4A audio, PDF; anything else 415), and that type's "
                    + "size cap applies (413). For administrators (@Administrators) whose subtree holds the file.")
    @ApiResponse(responseCode = "200", description = "完成的文件。The complete file.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "文件不存在或不在所辖范围内。No such file in the caller's subtree, code "
            + "LEARNING_MEDIA_NOT_FOUND")
    @ApiResponse(responseCode = "409", description = "还有分片未上传（详情列出），或已完成。Parts are missing (the detail names "
            + "them, code LEARNING_MEDIA_PARTS_MISSING) or the upload is complete already (LEARNING_MEDIA_ALREADY_COMPLETE)")
    @ApiResponse(responseCode = "413", description = "超过该类型文件的大小上限。Larger than its type's cap, code UPLOAD_TOO_LARGE")
    @ApiResponse(responseCode = "415", description = "不是可播放的音视频或PDF。Not a video, audio file or PDF lessons play, "
            + "code LEARNING_MEDIA_NOT_PLAYABLE")
    public MediaView complete(@Parameter(description = "文件编号。The file's id.") @PathVariable long id) {
        return library.complete(id);
    }

    @AdministratorsOrAuditors
    @GetMapping
    @Operation(operationId = "listMedia", summary = "课程文件列表",
            description = "The newest 100 files of the caller's subtree, complete or still uploading (with the parts "
                    + "received, so an interrupted upload can resume). For administrators and auditors.")
    @ApiResponse(responseCode = "200", description = "文件。The files.", useReturnTypeSchema = true)
    public List<MediaView> list() {
        return library.recent();
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}")
    @Operation(operationId = "getMedia", summary = "查看课程文件",
            description = "A file of the caller's subtree; while it uploads, the parts received. For administrators and "
                    + "auditors.")
    @ApiResponse(responseCode = "200", description = "文件。The file.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "文件不存在或不在所辖范围内。No such file in the caller's subtree, code "
            + "LEARNING_MEDIA_NOT_FOUND")
    public MediaView get(@Parameter(description = "文件编号。The file's id.") @PathVariable long id) {
        return library.get(id);
    }

    @AdministratorsOrAuditors
    @GetMapping("/{id}/link")
    @Operation(operationId = "getMediaLink", summary = "获取文件的临时链接",
            description = "A link to a complete file that works without a token for 30 minutes (players and viewers "
                    + "cannot send one), to look at it before a course is published. For administrators and auditors "
                    + "whose subtree holds the file.")
    @ApiResponse(responseCode = "200", description = "临时链接。The link.", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "文件不存在、不在所辖范围内或尚未上传完成。No such complete file in the "
            + "caller's subtree, code LEARNING_MEDIA_NOT_FOUND")
    public MediaLink link(@Parameter(description = "文件编号。The file's id.") @PathVariable long id) {
        return library.link(id);
    }
}
