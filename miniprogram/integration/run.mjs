// The mini-program's request layer (the built dist/api modules, as the pages call them) run under Node against a
// running platform, with wx.request backed by fetch and wx.login answering the development mode's WeChat stub code
// (dev:<name>). A member signs in with WeChat for the first time and binds by phone and SMS code, signs out, signs
// in with WeChat again and by SMS code, reads their record, has an expired token renewed, studies a lesson with
// heartbeats in real time, sees the class hours and the points that follow, and logs out. SMS codes are read from
// notify-service's log (the development mode's log SMS provider prints them).
//
// Env: DJ_GATEWAY_URL, DJ_NOTIFY_LOG, DJ_MEMBER_PHONE, DJ_MEMBER_NAME, DJ_COURSE_ID (a published course the member
// may study; its first lesson short), DJ_WECHAT_MEMBER_PHONE (another member's, who binds WeChat: a phone gets one
// login code a minute), DJ_MEETING_ID and DJ_MEETING_QR (a meeting of the member's branch and its QR code's text),
// DJ_VENUE_NAME (a venue at 31.2781, 120.9512), DJ_APPLICANT_PHONE (an applicant whose case the branch opened). Prints each step; the last line is "platform check: all passed".
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../dist');
const env = (name) => process.env[name] ?? fail(`set ${name}`);
const gateway = env('DJ_GATEWAY_URL');
const notifyLog = env('DJ_NOTIFY_LOG');
const phone = env('DJ_MEMBER_PHONE');
const memberName = env('DJ_MEMBER_NAME');
const courseId = env('DJ_COURSE_ID');
const wechatPhone = env('DJ_WECHAT_MEMBER_PHONE');
const meetingId = env('DJ_MEETING_ID');
const meetingQr = env('DJ_MEETING_QR');
const venueName = env('DJ_VENUE_NAME');
const applicantPhone = env('DJ_APPLICANT_PHONE');

function fail(message) {
  throw new Error(message);
}

function check(condition, message) {
  if (!condition) fail(message);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns something truthy, or fails with `what` after `seconds`. */
async function eventually(what, seconds, probe) {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > end) fail(`${what}: not within ${seconds} s`);
    await sleep(500);
  }
}

// --- wx, as much of it as the request layer uses --------------------------------------------------------------
const storage = new Map();
const navigations = [];
// one WeChat user for the whole run; not named after the phone (an open id holding a phone number would be personal
// data in clear, which the suite's scan of every table rightly reports)
const wechatUser = `dev:mp-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
globalThis.wx = {
  getStorageSync: (key) => storage.get(key) ?? '',
  setStorageSync: (key, value) => storage.set(key, value),
  removeStorageSync: (key) => storage.delete(key),
  reLaunch: ({ url }) => navigations.push(url),
  login: ({ success }) => success({ code: wechatUser }),
  request({ url, method, header, data, timeout, success, fail: failed }) {
    fetch(url, { method, headers: header, body: data === undefined ? undefined : JSON.stringify(data),
      signal: AbortSignal.timeout(timeout ?? 15000) })
      .then(async (response) => {
        const text = await response.text();
        const json = (response.headers.get('content-type') ?? '').includes('json') && text !== '';
        success({ statusCode: response.status, data: json ? JSON.parse(text) : text });
      })
      .catch(() => failed());
  },
};

const { settings } = require(`${dist}/config.js`);
settings.gateway = gateway;
const { api } = require(`${dist}/api/request.js`);
const { session } = require(`${dist}/api/session.js`);
const { parseCheckIn } = require(`${dist}/pages/meeting/check-in-code.js`);

const wechatCode = () => new Promise((resolve) => wx.login({ success: ({ code }) => resolve(code) }));
const mask = (number) => `${number.slice(0, 3)}****${number.slice(-4)}`;
const masked = mask(phone);

/** Asks for a login code for the phone and reads it from notify-service's log. */
async function smsCode(to) {
  const from = fs.statSync(notifyLog).size;
  await api.post('/api/auth/sms-code', { body: { phone: to } });
  const line = new RegExp(`SMS to ${mask(to).replace(/\*/g, '\\*')} .*?(\\d{6})`);
  return eventually('the login code in notify-service\'s log', 30, async () => {
    const fd = fs.openSync(notifyLog, 'r');
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(size - from);
    fs.readSync(fd, buffer, 0, buffer.length, from);
    fs.closeSync(fd);
    return line.exec(buffer.toString('utf8'))?.[1];
  });
}

async function step(name, run) {
  const started = Date.now();
  await run();
  console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

try {
  await step('WeChat login the first time: not bound, bound by phone and SMS code', async () => {
    const refused = await api.post('/api/auth/wechat-login', { body: { code: await wechatCode() } }).catch((e) => e);
    check(refused.code === 'WECHAT_NOT_BOUND', `WeChat login answered ${refused.code}: ${refused.message}`);
    const ticket = String(refused.body.bindTicket ?? '');
    check(ticket !== '', 'the not-bound answer carries a bind ticket');
    session.save(await api.post('/api/auth/wechat-bind', { body: { phone: wechatPhone, code: await smsCode(wechatPhone), ticket } }));
    check(session.signedIn(), 'bound and signed in');
  });

  await step('log out, then WeChat login again goes straight in', async () => {
    await api.post('/api/auth/logout', { body: { refreshToken: session.refresh() } });
    session.clear();
    session.save(await api.post('/api/auth/wechat-login', { body: { code: await wechatCode() } }));
  });

  await step('SMS code login (code read from notify-service\'s log)', async () => {
    session.save(await api.post('/api/auth/sms-login', { body: { phone, code: await smsCode(phone) } }));
  });

  let memberId;
  await step('my record: name, branch, ID and phone masked', async () => {
    const me = await api.get('/api/auth/me');
    memberId = me.memberId;
    check(memberId, `the account is a member's: ${JSON.stringify(me)}`);
    const record = await api.get('/api/members/me');
    check(record.name === memberName, `my record is ${record.name}`);
    check(record.phone === masked, `my phone shows as ${record.phone}`);
    check(/\*{4,}/.test(record.idNumber ?? ''), `my ID number shows as ${record.idNumber}`);
    check(record.orgName, `my record names my branch: ${JSON.stringify(record)}`);
  });

  await step('an expired access token is renewed with the refresh token, once', async () => {
    const refreshBefore = session.refresh();
    session.save({ accessToken: 'expired-or-forged', refreshToken: refreshBefore });
    const [a, b] = await Promise.all([api.get('/api/members/me'), api.get('/api/auth/me')]);
    check(a.name === memberName && b.memberId === memberId, 'both calls answered after the renewal');
    check(session.refresh() !== refreshBefore, 'the refresh token was rotated');
    check(navigations.length === 0, 'still signed in');
  });

  let before;
  let lesson;
  await step('my courses and class hours', async () => {
    const mine = await eventually('the course among my courses', 30, async () =>
      (await api.get('/api/learning/my/courses')).find((c) => c.course?.id === courseId));
    lesson = mine.course.chapters[0].lessons[0];
    before = await api.get('/api/learning/members/{memberId}/class-hours', { path: { memberId } });
  });

  await step(`a lesson of ${lesson?.durationSeconds ?? '?'} s studied with a heartbeat a second`, async () => {
    const lessonId = lesson.id;
    const beat = (position, start) => api.post('/api/learning/lessons/{lessonId}/heartbeats',
      { path: { lessonId }, body: { id: `mp${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`, position, start } });
    const started = await beat(0, true);
    check(started.outcome === 'STARTED', `the first heartbeat answered ${started.outcome}`);
    const t0 = Date.now();
    await eventually('the lesson completed', 60, async () => {
      const position = Math.min(lesson.durationSeconds, Math.floor((Date.now() - t0) / 1000));
      await beat(position, false);
      const progress = await api.get('/api/learning/lessons/{lessonId}/progress', { path: { lessonId } });
      return progress.completedAt;
    });
  });

  await step('the class hours count the lesson', async () => {
    const after = await api.get('/api/learning/members/{memberId}/class-hours', { path: { memberId } });
    check(after.hours > before.hours, `class hours went from ${before.hours} to ${after.hours}`);
  });

  await step('my points statement shows the study', async () => {
    await eventually('points for the class hours', 30, async () => {
      const statement = await api.get('/api/points/members/{memberId}', { path: { memberId } });
      return (statement.entries ?? []).length > 0 && statement.total > 0;
    });
  });

  await step('my meetings: the branch meeting, checked in with its QR code', async () => {
    const mine = await api.get('/api/points/meetings/mine', { query: { page: 1, size: 30 } });
    check(mine.items.some((m) => m.id === meetingId), `the meeting is among mine: ${JSON.stringify(mine.items.map((m) => m.id))}`);
    const scanned = parseCheckIn(meetingQr);
    check(scanned?.meetingId === meetingId, `the QR text names the meeting: ${meetingQr}`);
    await api.post('/api/points/meetings/{id}/check-ins', { path: { id: scanned.meetingId }, body: { code: scanned.code } });
    const after = await api.get('/api/points/meetings/mine', { query: { page: 1, size: 30 } });
    check(after.items.find((m) => m.id === meetingId)?.checkedInAt, 'the meeting shows me checked in');
  });

  await step('my dues: the monthly amount by the base the branch set, month by month', async () => {
    const dues = await api.get('/api/points/dues/mine');
    check(Number(dues.monthlyAmount) === 40 && dues.months.length === 12, `my dues: ${JSON.stringify(dues)}`);
  });

  await step('my messages: the meeting notice came by SMS; no WeChat subscriptions on this platform', async () => {
    await eventually('the meeting notice among my messages', 30, async () =>
      (await api.get('/api/notifications/my/messages', { query: { page: 1, size: 30 } })).items
        .some((m) => m.kind === 'MEETING_ANNOUNCED' && m.channel === 'SMS'));
    const subscriptions = await api.get('/api/notifications/my/subscriptions');
    check(subscriptions.wechat === false && subscriptions.kinds.length === 0, `subscriptions: ${JSON.stringify(subscriptions)}`);
  });

  await step('nearby Party organisations: the town\'s venue, with its distance', async () => {
    const venues = await eventually('the venue nearby', 30, async () => {
      const found = await api.get('/api/learning/nearby/venues', { query: { latitude: 31.2790, longitude: 120.9520, radius: 5000, count: 20 } });
      return found.some((v) => v.name === venueName) && found;
    });
    const venue = venues.find((v) => v.name === venueName);
    check(venue.distanceMetres > 0 && venue.distanceMetres < 1000, `the venue is ${venue.distanceMetres} m away`);
  });

  await step('my exams and my transfers answer for a member', async () => {
    check(Array.isArray(await api.get('/api/learning/my/exams')), 'my exams are a list');
    check(Array.isArray((await api.get('/api/transfers/mine', { query: { page: 1, size: 10 } })).items), 'my transfers are a page');
  });

  await step('log out: the session is gone and the next call goes to the login page', async () => {
    const refreshToken = session.refresh();
    await api.post('/api/auth/logout', { body: { refreshToken } });
    session.save({ accessToken: 'expired-or-forged', refreshToken });
    const refused = await api.get('/api/members/me').catch((e) => e);
    check(refused.status === 401, `after logout the record answered ${refused.status}`);
    check(navigations.at(-1) === '/pages/login/login', 'taken to the login page');
    check(!session.signedIn(), 'the tokens are cleared');
  });
  await step('an applicant signs in by SMS code and follows their development case', async () => {
    session.save(await api.post('/api/auth/sms-login', { body: { phone: applicantPhone, code: await smsCode(applicantPhone) } }));
    const me = await api.get('/api/auth/me');
    check(me.applicantId && !me.memberId, `an applicant's account: ${JSON.stringify(me)}`);
    const mine = await api.get('/api/recruitment/cases/mine');
    check(mine.status === 'OPEN' && mine.steps.length >= 1 && mine.next?.name, `my case: ${JSON.stringify(mine)}`);
    check(!('idNumber' in mine), 'the branch\'s record stays the branch\'s');
    check(Array.isArray(await api.get('/api/learning/my/exams')), 'an applicant lists their exams');
  });
  console.log('platform check: all passed');
} catch (error) {
  console.log(`platform check FAILED: ${error.message}`);
  process.exitCode = 1;
}
