// Chinese labels of the enumerations the API documents describe (the same words as their descriptions).
import type {
  AppointmentMethod, CadreGrade, CadrePosition, CadreRewardKind, CadreTaskStatus, CourseAudience, CourseStatus, ExamKind, ExamStatus, Gender, HeartbeatOutcome, LearningExamKind, LectureBookingStatus, LectureSlotStatus, LessonKind,
  MembershipState, OrgCategory, OrgType, OutcomeDecision,
  PartyStanding, Performer, QuestionKind, Role,
} from '@/api/types';

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
  LECTURE_BOOKED: '专家讲座已预约',
  LECTURE_BOOKING_CANCELLED: '专家讲座预约已取消',
  LECTURE_WITHDRAWN: '专家讲座已取消',
  LECTURE_REMINDER: '专家讲座提醒',
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

/** 民族 (GB 3304, libs/code-tables ethnicities.csv). */
export const ETHNICITY_CHOICES: { value: string; label: string }[] = [
  { value: '01', label: '汉族' },
  { value: '02', label: '蒙古族' },
  { value: '03', label: '回族' },
  { value: '04', label: '藏族' },
  { value: '05', label: '维吾尔族' },
  { value: '06', label: '苗族' },
  { value: '07', label: '彝族' },
  { value: '08', label: '壮族' },
  { value: '09', label: '布依族' },
  { value: '10', label: '朝鲜族' },
  { value: '11', label: '满族' },
  { value: '12', label: '侗族' },
  { value: '13', label: '瑶族' },
  { value: '14', label: '白族' },
  { value: '15', label: '土家族' },
  { value: '16', label: '哈尼族' },
  { value: '17', label: '哈萨克族' },
  { value: '18', label: '傣族' },
  { value: '19', label: '黎族' },
  { value: '20', label: '傈僳族' },
  { value: '21', label: '佤族' },
  { value: '22', label: '畲族' },
  { value: '23', label: '高山族' },
  { value: '24', label: '拉祜族' },
  { value: '25', label: '水族' },
  { value: '26', label: '东乡族' },
  { value: '27', label: '纳西族' },
  { value: '28', label: '景颇族' },
  { value: '29', label: '柯尔克孜族' },
  { value: '30', label: '土族' },
  { value: '31', label: '达斡尔族' },
  { value: '32', label: '仫佬族' },
  { value: '33', label: '羌族' },
  { value: '34', label: '布朗族' },
  { value: '35', label: '撒拉族' },
  { value: '36', label: '毛南族' },
  { value: '37', label: '仡佬族' },
  { value: '38', label: '锡伯族' },
  { value: '39', label: '阿昌族' },
  { value: '40', label: '普米族' },
  { value: '41', label: '塔吉克族' },
  { value: '42', label: '怒族' },
  { value: '43', label: '乌孜别克族' },
  { value: '44', label: '俄罗斯族' },
  { value: '45', label: '鄂温克族' },
  { value: '46', label: '德昂族' },
  { value: '47', label: '保安族' },
  { value: '48', label: '裕固族' },
  { value: '49', label: '京族' },
  { value: '50', label: '塔塔尔族' },
  { value: '51', label: '独龙族' },
  { value: '52', label: '鄂伦春族' },
  { value: '53', label: '赫哲族' },
  { value: '54', label: '门巴族' },
  { value: '55', label: '珞巴族' },
  { value: '56', label: '基诺族' },
  { value: '97', label: '其他' },
  { value: '98', label: '外国血统中国籍人士' },
];

/** 性别代码 (GB/T 2261.1), as recruitment-service takes it. */
export const SEX_CODES: Record<'1' | '2', string> = { '1': '男', '2': '女' };

export const PERFORMERS: Record<Performer, string> = {
  BRANCH: '党支部',
  SUPERIOR_COMMITTEE: '上级党委',
  APPROVING_COMMITTEE: '有审批权限的党委',
  ORG_DEPARTMENT: '组织部',
};

export const CASE_STATUSES: Record<string, string> = {
  OPEN: '发展中',
  ADMITTED: '预备党员',
  CONFIRMED: '已转正',
  REFUSED: '未被接收',
  CANCELLED: '已取消预备党员资格',
};

export const EXAM_KINDS: Record<ExamKind, string> = {
  ACTIVIST: '入党积极分子考试',
  CANDIDATE: '发展对象考试',
  NEW_MEMBER: '新党员考试',
};

export const CHANGE_STATUSES: Record<string, string> = { PENDING: '待审批', APPROVED: '已批准', REFUSED: '不予批准' };

export const OUTCOME_DECISIONS: Record<OutcomeDecision, string> = {
  APPROVED: '批准接收为预备党员',
  REFUSED: '不予批准',
  CONFIRMED: '按期转为正式党员',
  EXTENDED: '延长预备期',
  CANCELLED: '取消预备党员资格',
};

export const PEOPLE_KINDS: Record<string, string> = { TRAINING_CONTACT: '培养联系人', INTRODUCER: '入党介绍人' };

export const EVIDENCE: Record<string, string> = { NONE: '', PHOTO: '须上传照片', DOCUMENT: '须上传材料（PDF或照片）' };

export const MEETING_STATUSES: Record<string, string> = { PLANNED: '已通知', CANCELLED: '已取消', COMPLETED: '已召开' };

export const LEAVE_STATUSES: Record<string, string> = { ASKED: '请假待审批', APPROVED: '已准假', REFUSED: '不准假' };

export const DUES_GROUPS: Record<'EMPLOYED' | 'RETIRED' | 'FARMER' | 'STUDENT' | 'UNEMPLOYED', string> = {
  EMPLOYED: '在职党员',
  RETIRED: '离退休党员',
  FARMER: '农民党员',
  STUDENT: '学生党员',
  UNEMPLOYED: '下岗失业及享受低保党员',
};

/** 学历层次 (GB/T 4658 level codes): a search by a level takes in every code of it. */
export const EDUCATION_LEVELS: { value: string; label: string }[] = [
  { value: '10', label: '研究生教育' },
  { value: '20', label: '大学本科教育' },
  { value: '30', label: '大学专科教育' },
  { value: '40', label: '中等职业教育' },
  { value: '60', label: '普通高级中学教育' },
  { value: '70', label: '初中教育' },
  { value: '80', label: '小学教育' },
  { value: '90', label: '其他' },
];

/** What a write did, by its HTTP method (audit-kit's write audit). */
export const WRITE_METHODS: Record<string, string> = {
  POST: '新增/提交',
  PUT: '修改',
  PATCH: '修改',
  DELETE: '删除',
};

/** A write's outcome in the write audit. */
export const WRITE_OUTCOMES: Record<'OK' | 'REFUSED' | 'FAILED', string> = {
  OK: '成功',
  REFUSED: '被拒绝',
  FAILED: '出错',
};

/** An administrator's second factor after the password. */
export const SECOND_FACTOR_METHODS: Record<'TOTP' | 'SMS', string> = {
  TOTP: '动态口令（身份验证器）',
  SMS: '短信验证码',
};

/** A Party-school course (learning-service). */
export const COURSE_STATUSES: Record<CourseStatus, string> = { DRAFT: '草稿', PUBLISHED: '已发布' };

/** Who of the publishing organisation's subtree may study a course. */
export const COURSE_AUDIENCES: Record<CourseAudience, string> = { MEMBERS: '全体党员', LEADERS: '党组织书记和班子成员' };

/** A lecture slot still on, or called off. */
export const LECTURE_SLOT_STATUSES: Record<LectureSlotStatus, string> = { OPEN: '可预约', WITHDRAWN: '已取消' };

/** A booking stands, was given up, or fell with its lecture. */
export const LECTURE_BOOKING_STATUSES: Record<LectureBookingStatus, string> = {
  BOOKED: '已预约', CANCELLED: '已取消预约', WITHDRAWN: '讲座已取消',
};

/** The form of a lesson. */
export const LESSON_KINDS: Record<LessonKind, string> = { VIDEO: '视频', AUDIO: '音频', ARTICLE: '图文', PDF: 'PDF文档' };

/** What learning-service made of a player's heartbeat. */
export const HEARTBEAT_OUTCOMES: Record<HeartbeatOutcome, string> = {
  CREDITED: '已计入学习时长',
  STARTED: '开始学习',
  REPEATED: '重复的心跳',
  NOT_FORWARD: '进度未前进',
  ANOTHER_LESSON_PLAYING: '另一课程正在播放',
};

/** The kinds of question in a Party-school question bank. */
export const QUESTION_KINDS: Record<QuestionKind, string> = { SINGLE: '单选题', MULTIPLE: '多选题', TRUE_FALSE: '判断题', FILL: '填空题' };

/** A question's difficulty, 1 to 3, as the service counts it. */
export const DIFFICULTIES: Record<1 | 2 | 3, string> = { 1: '易', 2: '中', 3: '难' };

/** What an online exam is for (learning-service): the three development exams' passes reach member development. */
export const LEARNING_EXAM_KINDS: Record<LearningExamKind, string> = {
  GENERAL: '党员学习测试',
  ACTIVIST: '入党积极分子考试',
  CANDIDATE: '发展对象考试',
  NEW_MEMBER: '预备党员考试',
};

/** An online exam: a draft until published, then open to its takers. */
export const EXAM_STATUSES: Record<ExamStatus, string> = { DRAFT: '草稿', PUBLISHED: '已发布' };

/** The posts of grassroots cadres (cadre-service). */
export const CADRE_POSITIONS: Record<CadrePosition, string> = {
  SECRETARY: '党组织书记',
  DEPUTY_SECRETARY: '党组织副书记',
  COMMITTEE_MEMBER: '党组织委员',
  RESIDENTS_DIRECTOR: '村（居）委会主任',
  RESIDENTS_MEMBER: '村（居）委会委员',
  GRADUATE_OFFICIAL: '大学生村官',
  COMMUNITY_WORKER: '社区工作者',
};

/** How a cadre came to a post. */
export const APPOINTMENT_METHODS: Record<AppointmentMethod, string> = { ELECTED: '选举', APPOINTED: '任命', ASSIGNED: '选派' };

/** Where an organisation's quarterly update of its cadres stands. */
export const CADRE_TASK_STATUSES: Record<CadreTaskStatus, string> = { OVERDUE: '已逾期', OPEN: '待确认', CONFIRMED: '已确认' };

/** The grades of a cadre's annual assessment. */
export const CADRE_GRADES: Record<CadreGrade, string> = {
  EXCELLENT: '优秀', COMPETENT: '称职', BASICALLY_COMPETENT: '基本称职', INCOMPETENT: '不称职',
};

/** A reward or a sanction. */
export const CADRE_REWARD_KINDS: Record<CadreRewardKind, string> = { REWARD: '奖励', SANCTION: '惩处' };
