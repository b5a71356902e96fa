// Names for the API schemas the pages show, from the generated types (ids are strings: the gateway sends 64-bit ids
// as text, which JavaScript numbers would round).
import type { components as Learning } from './generated/learning-service';
import type { components as Member } from './generated/member-service';
import type { components as Notify } from './generated/notify-service';
import type { components as Org } from './generated/org-service';
import type { components as Points } from './generated/points-service';
import type { components as Recruitment } from './generated/recruitment-service';
import type { components as Transfer } from './generated/transfer-service';

export type Me = Org['schemas']['Me'];
export type MemberView = Member['schemas']['MemberView'];
export type MyCourse = Learning['schemas']['MyCourse'];
export type CourseLesson = Learning['schemas']['CourseLesson'];
export type LessonProgress = Learning['schemas']['LessonProgress'];
export type ClassHours = Learning['schemas']['ClassHours'];
export type MemberStatement = Points['schemas']['MemberStatement'];
export type MyMeeting = Points['schemas']['MyMeeting'];
export type TransferView = Transfer['schemas']['TransferView'];
export type NearbyVenue = Learning['schemas']['NearbyVenue'];
export type MyExam = Learning['schemas']['MyExam'];
export type ExamAttempt = Learning['schemas']['ExamAttempt'];
export type DiscussionPost = Learning['schemas']['DiscussionPost'];
export type MyDues = Points['schemas']['MyDues'];
export type MyMessage = Notify['schemas']['MyMessage'];
export type MySubscriptionKind = Notify['schemas']['MySubscriptionKind'];
export type MyRecruitmentCase = Recruitment['schemas']['MyRecruitmentCase'];
