package org.dangjian.member.record.history;

/**
 * One field of a member's record changed, as history keeps it: values as text, and ID and phone numbers
 * only ever masked. {@code field} is the member API's name ({@code phone}, {@code mobileCity}).
 */
public record FieldChange(String field, String oldValue, String newValue) {
    public static FieldChange of(String field, Object oldValue, Object newValue) {
        return new FieldChange(field, oldValue == null ? null : oldValue.toString(),
                newValue == null ? null : newValue.toString());
    }
}
