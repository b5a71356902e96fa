package org.dangjian.member.contacts;

/**
 * What another service needs to reach a member: where they belong, their name, phone in clear, and status in
 * one word (the standing while on the roll, else the state: see {@code MembershipStatus.summary()}).
 */
public record MemberContact(long memberId, long orgId, String orgPath, String name, String phone, String status) {
}
