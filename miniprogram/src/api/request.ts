/**
 * The one way the mini-program calls the platform: typed by path and method from the gateway's API documents
 * (src/api/generated), it adds the access token and, when a call is refused with 401 while a refresh token is at
 * hand, renews the tokens once (one renewal shared by every call refused at that moment) and sends the call again.
 * When the session cannot be renewed it is cleared and the member is taken to the login page. A refused call throws
 * an ApiError whose message is the problem's Chinese `detail`.
 */
import { settings } from '../config';
import type { paths as LearningPaths } from './generated/learning-service';
import type { paths as MemberPaths } from './generated/member-service';
import type { paths as NotifyPaths } from './generated/notify-service';
import type { paths as OrgPaths } from './generated/org-service';
import type { paths as PointsPaths } from './generated/points-service';
import type { paths as RecruitmentPaths } from './generated/recruitment-service';
import type { paths as TransferPaths } from './generated/transfer-service';
import { ApiError } from './problem';
import { session } from './session';

type Paths = LearningPaths & MemberPaths & NotifyPaths & OrgPaths & PointsPaths & RecruitmentPaths & TransferPaths;
type Method = 'get' | 'post' | 'put' | 'delete';
/** The paths that have this method. */
type PathOf<M extends Method> = { [P in keyof Paths]: Paths[P] extends { [K in M]: object } ? P : never }[keyof Paths];
type Operation<P extends keyof Paths, M extends Method> = Paths[P] extends { [K in M]: infer O } ? O : never;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;
/** The body of the operation's success answer (undefined for 202/204). */
export type Answer<O> = O extends { responses: infer R } ? JsonOf<R[Extract<keyof R, 200 | 201 | 202 | 204>]> : never;
type PathParams<O> = O extends { parameters: { path: infer P } } ? { path: { [K in keyof P]: string | number } } : { path?: undefined };
type QueryParams<O> = O extends { parameters: { query?: infer Q } } ? ([Q] extends [undefined] ? {} : { query?: Q }) : {};
type RequestBody<O> = O extends { requestBody?: infer R } ? NonNullable<R> : never;
type BodyOf<O> = [RequestBody<O>] extends [never] ? { body?: undefined }
  : RequestBody<O> extends { content: { 'application/json': infer B } }
    ? (O extends { requestBody: object } ? { body: B } : { body?: B })
    : { body?: undefined };
export type Options<O> = PathParams<O> & QueryParams<O> & BodyOf<O>;
type Args<O> = {} extends Options<O> ? [options?: Options<O>] : [options: Options<O>];

interface CallOptions {
  path?: unknown;
  query?: unknown;
  body?: unknown;
}

interface Reply {
  status: number;
  data: unknown;
}

const AUTH_CALLS = ['/api/auth/sms-login', '/api/auth/wechat-login', '/api/auth/wechat-bind', '/api/auth/refresh'];
const LOGIN_PAGE = '/pages/login/login';
let renewal: Promise<boolean> | null = null;

function url(template: string, options: CallOptions = {}): string {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((options.path as Record<string, unknown>)[name])));
  const query = Object.entries((options.query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return settings.gateway.replace(/\/+$/, '') + path + (query.length > 0 ? `?${query.join('&')}` : '');
}

function send(method: Method, target: string, body: unknown, token: string): Promise<Reply> {
  const header: Record<string, string> = { 'Accept-Language': 'zh-CN' };
  if (token) header.Authorization = `Bearer ${token}`;
  if (body !== undefined) header['Content-Type'] = 'application/json';
  return new Promise((resolve) => {
    wx.request({
      url: target,
      method: method.toUpperCase() as 'GET',
      header,
      data: body as WechatMiniprogram.IAnyObject,
      timeout: 15000,
      success: (r) => resolve({ status: r.statusCode, data: r.data }),
      // no answer at all: offline, a timeout, or a domain the whitelist does not list
      fail: () => resolve({ status: 0, data: undefined }),
    });
  });
}

async function renew(): Promise<boolean> {
  const refreshToken = session.refresh();
  if (!refreshToken) return false;
  const reply = await send('post', url('/api/auth/refresh'), { refreshToken }, '');
  if (reply.status !== 200) return false;
  session.save(reply.data as { accessToken: string; refreshToken: string });
  return true;
}

async function call(method: Method, template: string, options: CallOptions = {}): Promise<unknown> {
  const target = url(template, options);
  let reply = await send(method, target, options.body, session.access());
  if (reply.status === 401 && !AUTH_CALLS.includes(template) && session.refresh()) {
    renewal ??= renew().catch(() => false).finally(() => {
      renewal = null;
    });
    if (await renewal) {
      reply = await send(method, target, options.body, session.access());
    } else {
      session.clear();
      wx.reLaunch({ url: LOGIN_PAGE });
    }
  }
  if (reply.status < 200 || reply.status >= 300) throw new ApiError(reply.status, reply.data);
  return reply.data === '' ? undefined : reply.data;
}

/** Typed calls: `api.get('/api/learning/lessons/{lessonId}/progress', { path: { lessonId } })`. */
export const api = {
  get: <P extends PathOf<'get'>>(path: P, ...args: Args<Operation<P, 'get'>>) =>
    call('get', path, args[0]) as Promise<Answer<Operation<P, 'get'>>>,
  post: <P extends PathOf<'post'>>(path: P, ...args: Args<Operation<P, 'post'>>) =>
    call('post', path, args[0]) as Promise<Answer<Operation<P, 'post'>>>,
  put: <P extends PathOf<'put'>>(path: P, ...args: Args<Operation<P, 'put'>>) =>
    call('put', path, args[0]) as Promise<Answer<Operation<P, 'put'>>>,
  delete: <P extends PathOf<'delete'>>(path: P, ...args: Args<Operation<P, 'delete'>>) =>
    call('delete', path, args[0]) as Promise<Answer<Operation<P, 'delete'>>>,
};
