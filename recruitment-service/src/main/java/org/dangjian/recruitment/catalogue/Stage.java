package org.dangjian.recruitment.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One of the stages a person passes through (入党申请人, 入党积极分子, 发展对象, 预备党员的接收, 预备期). */
public record Stage(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,23}") String code, @NotBlank @Size(max = 40) String name) {
}
