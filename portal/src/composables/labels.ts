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

/** GB/T 4658 codes offered in the member form: the graduated level of each stage (the service takes any code). */
export const EDUCATION_CHOICES: { value: string; label: string }[] = [
  { value: '11', label: '博士研究生毕业' },
  { value: '14', label: '硕士研究生毕业' },
  { value: '21', label: '大学本科毕业' },
  { value: '31', label: '大学专科毕业' },
  { value: '41', label: '中等专科毕业' },
  { value: '61', label: '普通高中毕业' },
  { value: '71', label: '初中毕业' },
  { value: '81', label: '小学毕业' },
  { value: '90', label: '其他' },
];

export const AUDIT_ACTIONS: Record<string, string> = {
  ACCOUNT_CREATE: '新建账号',
  PASSWORD_CHANGE: '修改密码',
  ACCOUNT_LOCK: '锁定账号',
  ACCOUNT_UPDATE: '修改账号',
  ACCOUNT_DISABLE: '停用账号',
  ACCOUNT_ENABLE: '启用账号',
  ACCOUNT_UNLOCK: '解锁账号',
  PASSWORD_RESET: '重置密码',
  LOGIN_PASSWORD: '密码登录',
  LOGIN_REFRESH: '刷新令牌',
  LOGIN_SMS: '短信验证码登录',
  LOGIN_WECHAT: '微信登录',
  WECHAT_BIND: '绑定微信',
  LOGIN_SERVICE: '服务令牌',
};

/** A member record's fields as the history names them. */
export const MEMBER_FIELDS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  idNumber: '身份证号',
  birthDate: '出生日期',
  joinDate: '入党日期',
  fullDate: '转正日期',
  phone: '手机号',
  education: '学历',
  educationMode: '学习形式',
  degree: '学位',
  ethnicity: '民族',
  nativePlace: '籍贯',
  occupation: '工作岗位',
  workUnit: '工作单位',
  partyGroup: '党小组',
  notes: '备注',
  standing: '党员类别',
  state: '党籍状态',
  orgId: '所在组织',
  mobile: '流动党员',
};

export const TRANSFER_KINDS: Record<'IN_CITY' | 'OUT_OF_CITY' | 'INTO_CITY', string> = {
  IN_CITY: '市内转接',
  OUT_OF_CITY: '转出本市',
  INTO_CITY: '转入本市',
};

export const TRANSFER_STATUSES: Record<string, string> = {
  PENDING: '审批中',
  APPROVED: '已批准，待报到',
  COMPLETED: '已报到',
  REJECTED: '已退回',
  CANCELLED: '已撤销',
  EXPIRED: '逾期未报到，已失效',
};

export const STEP_STATUSES: Record<string, string> = {
  WAITING: '待前一级审批',
  PENDING: '待审批',
  APPROVED: '已同意',
  REJECTED: '已退回',
};

/** 组织关系转接原因 (libs/code-tables transfer-reasons.csv). */
export const TRANSFER_REASONS: { value: string; label: string }[] = [
  { value: '01', label: '工作调动' },
  { value: '02', label: '升学' },
  { value: '03', label: '毕业' },
  { value: '04', label: '入伍' },
  { value: '05', label: '退出现役' },
  { value: '06', label: '离退休' },
  { value: '07', label: '迁居' },
  { value: '08', label: '外出务工经商' },
  { value: '09', label: '组织调整' },
  { value: '99', label: '其他' },
];

export const TRANSFER_ACTIONS: Record<string, string> = {
  REGISTERED: '登记',
  DUES_OVERRIDDEN: '更正党费月份',
  APPROVED: '同意',
  REJECTED: '退回',
  ARRIVED: '报到',
  CANCELLED: '撤销',
  EXPIRED: '逾期失效',
};

export const ACTIVITY_TYPES: Record<'GENERAL_MEETING' | 'COMMITTEE_MEETING' | 'GROUP_MEETING' | 'PARTY_LECTURE' | 'THEME_DAY' | 'LIFE_MEETING' | 'STUDY' | 'VOLUNTEER' | 'OTHER', string> = {
  GENERAL_MEETING: '支部党员大会',
  COMMITTEE_MEETING: '支部委员会会议',
  GROUP_MEETING: '党小组会',
  PARTY_LECTURE: '党课',
  THEME_DAY: '主题党日',
  LIFE_MEETING: '组织生活会',
  STUDY: '集中学习',
  VOLUNTEER: '志愿服务',
  OTHER: '其他',
};

export const PRESENCE: Record<'PRESENT' | 'ABSENT' | 'EXCUSED', string> = { PRESENT: '出席', EXCUSED: '请假', ABSENT: '缺席' };

export const COMPLIANCE: Record<string, string> = { MET: '已开展', DUE: '待开展', MISSED: '未开展', NOT_APPLICABLE: '不适用' };

export const MESSAGE_KINDS: Record<string, string> = {
  LOGIN_CODE: '登录验证码',
  PHONE_CODE: '更换手机验证码',
  POLITICAL_BIRTHDAY: '政治生日祝福',
  TRANSFER_REGISTERED: '转接已登记',
  TRANSFER_AWAITING_APPROVAL: '转接待审批',
  TRANSFER_APPROVED: '转接已批准',
  TRANSFER_APPROVED_IN_CITY: '市内转接已批准',
  TRANSFER_AWAITING_ARRIVAL: '转接待接收',
  TRANSFER_REJECTED: '转接未获批准',
  TRANSFER_COMPLETED: '转接完成',
  TRANSFER_EXPIRED: '转接已失效',
  TRANSFER_EXPIRED_IN_CITY: '市内转接已失效',
  POINTS_WARNING: '党员预警',
  ADMIN_DIGEST: '管理员每日汇总',
  MEETING_ANNOUNCED: '会议通知',
  MEETING_CANCELLED: '会议取消',
  MEETING_LEAVE_APPROVED: '会议请假已批准',
  MEETING_LEAVE_REFUSED: '会议请假未批准',
  RECRUITMENT_DEADLINE: '发展党员步骤临近期限',
  RECRUITMENT_OVERDUE: '发展党员步骤已逾期',
};

export const MESSAGE_STATUSES: Record<string, string> = {
  WAITING: '待发送',
  SENDING: '发送中',
  HELD: '暂缓发送',
  SENT: '已发送',
  DELIVERED: '已送达',
  FAILED: '发送失败',
};

export const HELD_REASONS: Record<string, string> = {
  QUIET_HOURS: '夜间免打扰',
  DAILY_LIMIT: '超出每日条数',
  PROVIDER_LIMIT: '服务商当日限额',
};
