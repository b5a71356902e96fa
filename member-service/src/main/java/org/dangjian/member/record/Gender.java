package org.dangjian.member.record;

public enum Gender {
    MALE, FEMALE
}
