// Short names for the schemas the pages use, taken from the generated types.
import type { components as Member } from './generated/member-service';
import type { components as Org } from './generated/org-service';
import type { components as Transfer } from './generated/transfer-service';

export type Me = Org['schemas']['Me'];
export type Role = Org['schemas']['Role'];
export type TokenResponse = Org['schemas']['TokenResponse'];
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
