package org.dangjian.member.contacts;

/** What another service needs to reach a member: where they belong, their name, phone in clear, standing. */
public record MemberContact(long memberId, long orgId, String orgPath, String name, String phone, String status) {
}
