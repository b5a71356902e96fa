package org.dangjian.learning.discussion;

import io.swagger.v3.oas.annotations.media.Schema;

/** A word posts may not contain. */
@Schema(name = "SensitiveWord", description = "讨论中不得出现的词语。A word posts may not contain.")
public record SensitiveWordView(
        @Schema(description = "编号。The word's id.") long id,
        @Schema(description = "词语（小写，不含空格和标点）。The word, as matched: lower case, no spaces or punctuation.")
        String word) {
}
