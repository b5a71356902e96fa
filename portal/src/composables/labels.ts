// Chinese labels of the enumerations the API documents describe (the same words as their descriptions).
import type { Gender, MembershipState, OrgCategory, OrgType, PartyStanding, Role } from '@/api/types';

export const ORG_TYPES: Record<OrgType, string> = {
  COMMITTEE: '党委',
  WORKING_COMMITTEE: '党工委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  JOINT_BRANCH: '联合党支部',
};

export const ORG_CATEGORIES: Record<OrgCategory, string> = {
  TOWN: '区镇',
  VILLAGE: '村',
  COMMUNITY: '社区',
  GOVERNMENT: '机关',
  INSTITUTION: '事业单位',
  SCHOOL: '学校',
  STATE_OWNED_ENTERPRISE: '国有企业',
  ENTERPRISE: '非公有制企业',
  SOCIAL: '社会组织',
  OTHER: '其他',
};

export const STANDINGS: Record<PartyStanding, string> = { PROBATIONARY: '预备党员', FULL: '正式党员' };

export const STATES: Record<MembershipState, string> = {
  ARRIVING: '待转入报到',
  ACTIVE: '在册',
  SUSPENDED: '停止党籍',
  LEFT: '已离开',
};

export const GENDERS: Record<Gender, string> = { MALE: '男', FEMALE: '女' };

export const ROLES: Record<Role, string> = {
  APPLICANT: '入党申请人',
  MEMBER: '党员',
  AUDITOR: '审计员',
  ORG_ADMIN: '组织管理员',
  CITY_ADMIN: '市级管理员',
};

export function options<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
