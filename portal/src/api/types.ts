// Short names for the schemas the pages use, taken from the generated types.
import type { components as Cadre } from './generated/cadre-service';
import type { components as Learning } from './generated/learning-service';
import type { components as Member } from './generated/member-service';
import type { components as Org } from './generated/org-service';
import type { components as Points } from './generated/points-service';
import type { components as Recruitment } from './generated/recruitment-service';
import type { components as Transfer } from './generated/transfer-service';

export type Me = Org['schemas']['Me'];
/** audit-kit's entry, the same in every service's document. */
export type WriteAuditEntry = Org['schemas']['WriteAuditEntry'];
export type WriteAuditOutcome = NonNullable<WriteAuditEntry['outcome']>;
/** privacy-kit's field-encryption status, the same in every service that keeps encrypted columns. */
export type EncryptionStatus = Org['schemas']['EncryptionStatus'];
/** privacy-kit's retention of one kind of personal data. */
export type RetentionKind = Org['schemas']['RetentionKind'];
export type Role = Org['schemas']['Role'];
export type TokenResponse = Org['schemas']['TokenResponse'];
/** The step between the password and the tokens (or of setting a second factor up). */
export type SecondFactorStep = Org['schemas']['SecondFactorStep'];
export type SecondFactorMethod = Org['schemas']['SecondFactorMethod'];
export type SecondFactorStatus = Org['schemas']['SecondFactorStatus'];
export type OrgView = Org['schemas']['OrgView'];
export type OrgType = Org['schemas']['OrgType'];
export type OrgCategory = Org['schemas']['OrgCategory'];
export type OrgStats = Org['schemas']['OrgStats'];
export type Breadcrumb = Org['schemas']['Breadcrumb'];
export type CreateOrgRequest = Org['schemas']['CreateOrgRequest'];
export type MemberView = Member['schemas']['MemberView'];
export type MemberStats = Member['schemas']['MemberStatsView'];
export type StatsBucket = Member['schemas']['StatsBucket'];
export type PartyStanding = Member['schemas']['PartyStanding'];
export type MembershipState = Member['schemas']['MembershipState'];
export type Gender = Member['schemas']['Gender'];
export type SensitiveRead = Member['schemas']['SensitiveReadEntry'];
export type ClearNumbers = Member['schemas']['MemberClearNumbers'];
export type TransferView = Transfer['schemas']['TransferView'];
export type TransferKind = Transfer['schemas']['TransferKind'];
export type TransferStatus = Transfer['schemas']['TransferStatus'];
export type ActivityView = Points['schemas']['ActivityView'];
export type ActivityType = Points['schemas']['ActivityType'];
export type Presence = Points['schemas']['Presence'];
export type ComplianceReport = Points['schemas']['ComplianceReport'];
export type CaseSummary = Recruitment['schemas']['RecruitmentCaseSummary'];
export type RecruitmentCase = Recruitment['schemas']['RecruitmentCase'];
export type NextStep = Recruitment['schemas']['RecruitmentNextStep'];
export type RecordedStep = Recruitment['schemas']['RecruitmentRecordedStep'];
export type StepAttachment = Recruitment['schemas']['RecruitmentAttachment'];
export type StepDefinition = Recruitment['schemas']['StepDefinition'];
export type FieldDefinition = Recruitment['schemas']['FieldDefinition'];
export type CatalogueView = Recruitment['schemas']['CatalogueView'];
export type StepChange = Recruitment['schemas']['RecruitmentStepChange'];
export type RecruitmentExam = Recruitment['schemas']['RecruitmentExam'];
export type ExamKind = Recruitment['schemas']['ExamKind'];
export type OverdueStep = Recruitment['schemas']['RecruitmentOverdueStep'];
export type PipelineCounts = Recruitment['schemas']['RecruitmentPipelineCounts'];
export type OutcomeDecision = Recruitment['schemas']['RecruitmentOutcomeDecision'];
export type Performer = Recruitment['schemas']['Performer'];
export type MeetingView = Points['schemas']['Meeting'];
export type MeetingSummary = Points['schemas']['MeetingSummary'];
export type MeetingAttendee = Points['schemas']['MeetingAttendee'];
export type MeetingVenueOption = Points['schemas']['MeetingVenueOption'];
export type MeetingCheckInCode = Points['schemas']['MeetingCheckInCode'];
export type VenueView = Org['schemas']['VenueView'];
export type Course = Learning['schemas']['Course'];
export type CourseChapter = Learning['schemas']['CourseChapter'];
export type CourseLesson = Learning['schemas']['CourseLesson'];
export type CourseStatus = Learning['schemas']['CourseStatus'];
export type CourseAudience = Learning['schemas']['CourseAudience'];
export type LessonKind = Learning['schemas']['LessonKind'];
export type CreateCourseRequest = Learning['schemas']['CreateCourseRequest'];
/** A lesson's video, audio or PDF, uploaded in parts; a link to it that works without a token for a while. */
export type Media = Learning['schemas']['Media'];
export type MediaLink = Learning['schemas']['MediaLink'];
export type HeartbeatOutcome = Learning['schemas']['HeartbeatOutcome'];
export type ClassHours = Learning['schemas']['ClassHours'];
/** How a subtree's members study this year, organisation by organisation below it. */
export type StudyBulletin = Learning['schemas']['StudyBulletin'];
export type StudyBulletinRow = Learning['schemas']['StudyBulletinRow'];
/** Who studied most in an organisation this year, where it turned rankings on. */
export type StudyLeaderboard = Learning['schemas']['StudyLeaderboard'];
/** Expert lectures: experts, the slots they give, and organisations' bookings. */
export type Expert = Learning['schemas']['Expert'];
export type LectureSlot = Learning['schemas']['LectureSlot'];
export type LectureSlotStatus = Learning['schemas']['SlotStatus'];
export type LectureBooking = Learning['schemas']['LectureBooking'];
export type LectureBookingStatus = Learning['schemas']['BookingStatus'];
/** Course discussion and its moderation. */
export type DiscussionPost = Learning['schemas']['DiscussionPost'];
export type ModerationQueue = Learning['schemas']['ModerationQueue'];
export type SensitiveWord = Learning['schemas']['SensitiveWord'];
/** The question bank and online exams of the Party school (learning-service). */
export type Question = Learning['schemas']['Question'];
export type QuestionKind = Learning['schemas']['QuestionKind'];
export type QuestionPage = Learning['schemas']['PageResultQuestion'];
export type CreateQuestionRequest = Learning['schemas']['CreateQuestionRequest'];
export type Exam = Learning['schemas']['Exam'];
/** Not recruitment's ExamKind: learning-service's also has the members' general test. */
export type LearningExamKind = Learning['schemas']['ExamKind'];
export type ExamStatus = Learning['schemas']['ExamStatus'];
export type ExamDraw = Learning['schemas']['ExamDraw'];
export type CreateExamRequest = Learning['schemas']['CreateExamRequest'];

export type CadreView = Cadre['schemas']['Cadre'];
export type CadreAppointment = Cadre['schemas']['Appointment'];
export type CadreReserve = Cadre['schemas']['Reserve'];
export type CadrePosition = Cadre['schemas']['Position'];
export type AppointmentMethod = Cadre['schemas']['AppointmentMethod'];
export type CadreAnalytics = Cadre['schemas']['CadreAnalytics'];
export type CadreCount = Cadre['schemas']['CadreCount'];
export type CadreFigureRow = Cadre['schemas']['CadreFigureRow'];
export type CadreFigure = Cadre['schemas']['CadreFigure'];
export type CadreTraining = Cadre['schemas']['CadreTraining'];
export type CadreQuarterTask = Cadre['schemas']['CadreQuarterTask'];
export type CadreQuarterProgress = Cadre['schemas']['CadreQuarterProgress'];
export type CadreTaskStatus = Cadre['schemas']['TaskStatus'];
export type CadrePerformance = Cadre['schemas']['CadrePerformance'];
export type CadreGrade = Cadre['schemas']['Grade'];
export type CadreRewardKind = Cadre['schemas']['RewardKind'];
