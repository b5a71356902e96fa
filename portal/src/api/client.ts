// One typed client per service, from the committed API documents (scripts/generate-api.mjs). Every call goes
// through `authorisedFetch`: it adds the access token and, when a call is refused with 401 while a refresh
// token is at hand, renews the tokens once (one renewal shared by all calls refused at the same moment) and
// sends the call again, so a user who took twenty minutes over a form is not thrown out when saving it.
import createClient, { type Client } from 'openapi-fetch';
import type { paths as CadrePaths } from './generated/cadre-service';
import type { paths as LearningPaths } from './generated/learning-service';
import type { paths as MemberPaths } from './generated/member-service';
import type { paths as NotifyPaths } from './generated/notify-service';
import type { paths as OrgPaths } from './generated/org-service';
import type { paths as PointsPaths } from './generated/points-service';
import type { paths as RecruitmentPaths } from './generated/recruitment-service';
import type { paths as TransferPaths } from './generated/transfer-service';
import { ApiError } from './problem';
import { tokens } from './tokens';

let sessionLost: () => void = () => {};
let renewal: Promise<boolean> | null = null;

/** Called once the session cannot be renewed (the router sends the user to the login page). */
export function onSessionLost(handler: () => void): void {
  sessionLost = handler;
}

function send(request: Request): Promise<Response> {
  const token = tokens.access();
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  request.headers.set('Accept-Language', 'zh-CN');
  // looked up per call, so tests (and browser extensions) that replace fetch are honoured
  return globalThis.fetch(request);
}

async function renew(): Promise<boolean> {
  const refreshToken = tokens.refresh();
  if (!refreshToken) return false;
  const response = await globalThis.fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN' },
    body: JSON.stringify({ refreshToken }),
  });
  if (!response.ok) return false;
  tokens.save(await response.json());
  return true;
}

function isAuthCall(request: Request): boolean {
  const path = new URL(request.url, location.href).pathname;
  return path === '/api/auth/login' || path === '/api/auth/refresh' || path === '/api/auth/sms-login';
}

export async function authorisedFetch(request: Request): Promise<Response> {
  const again = request.clone();
  const response = await send(request);
  if (response.status !== 401 || isAuthCall(request) || !tokens.refresh()) return response;
  renewal ??= renew().finally(() => {
    renewal = null;
  });
  if (!(await renewal.catch(() => false))) {
    tokens.clear();
    sessionLost();
    return response;
  }
  return send(again);
}

function client<Paths extends {}>(): Client<Paths> {
  return createClient<Paths>({ baseUrl: location.origin, fetch: authorisedFetch });
}

export const orgApi = client<OrgPaths>();
export const memberApi = client<MemberPaths>();
export const transferApi = client<TransferPaths>();
export const pointsApi = client<PointsPaths>();
export const notifyApi = client<NotifyPaths>();
export const recruitmentApi = client<RecruitmentPaths>();
export const learningApi = client<LearningPaths>();
export const cadreApi = client<CadrePaths>();

/** The data of a successful call, or the call's problem thrown as an ApiError. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) throw ApiError.from(response.status, error);
  return data as T;
}
