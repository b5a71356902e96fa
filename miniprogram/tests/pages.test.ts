// The pages of study, points, my record and login in the states a member sees: loading, empty, an error with the
// problem's detail, and data.
import { describe, expect, it, beforeEach } from 'vitest';
import { until } from './fake-wx';
import { ME, fake, never, open, session, text } from './render';

describe('学习 (study)', () => {
  it('says it is loading until the courses come', () => {
    fake.routes['GET /api/learning/my/courses'] = never;
    const page = open('study/study');
    expect(text(page)).toContain('正在读取课程');
  });

  it('shows the year\'s class hours against the requirement and each course with its progress', async () => {
    fake.routes['GET /api/learning/my/courses'] = { status: 200, body: [
      { course: { id: '9', title: '党史学习', classHours: 2 }, lessons: 4, completedLessons: 1, earnedHours: 0.5 },
      { course: { id: '10', title: '党章导读', classHours: 1 }, lessons: 2, completedLessons: 2, earnedHours: 1 },
      { course: { id: '11', title: '书记履职', classHours: 1, audience: 'LEADERS' }, lessons: 1, completedLessons: 0, earnedHours: 0 },
    ] };
    fake.routes['GET /api/learning/members/42/class-hours'] = { status: 200,
      body: { year: 2026, hours: 12.5, requiredHours: 32, percent: 39 } };
    const page = open('study/study');
    await until(() => expect(text(page)).toContain('党史学习'));
    expect(text(page)).toContain('2026 年学时');
    expect(text(page, '.hours-figure')).toContain('12.5 / 32 学时');
    expect(text(page, '.hours-leader')).toBe('');
    expect(text(page)).toContain('已学 1/4 课 · 0.5/2 学时');
    expect(text(page)).toContain('书记和班子成员 · 已学 0/1 课 · 0/1 学时');
    expect(text(page)).toContain('继续学习');
    expect(text(page)).toContain('已学完');
  });

  it('says where courses will come from when there are none', async () => {
    fake.routes['GET /api/learning/my/courses'] = { status: 200, body: [] };
    fake.routes['GET /api/learning/members/42/class-hours'] = { status: 200, body: { year: 2026, hours: 0, requiredHours: 32, percent: 0 } };
    const page = open('study/study');
    await until(() => expect(text(page)).toContain('暂无可学的课程'));
  });

  it("tells a branch secretary their hours are measured against the leaders' requirement", async () => {
    fake.routes['GET /api/learning/my/courses'] = { status: 200, body: [] };
    fake.routes['GET /api/learning/members/42/class-hours'] = { status: 200,
      body: { year: 2026, hours: 20, requiredHours: 56, percent: 35, requirement: 'LEADER' } };
    const page = open('study/study');
    await until(() => expect(text(page, '.hours-figure')).toContain('20 / 56 学时'));
    expect(text(page, '.hours-leader')).toContain('按党组织书记和班子成员的要求');
  });

  it('shows the problem\'s detail when the courses cannot be read, and reads again on 重试', async () => {
    fake.routes['GET /api/learning/my/courses'] = { status: 503, body: { code: 'UNAVAILABLE', detail: '学习服务暂时不可用，请稍后重试。' } };
    fake.routes['GET /api/learning/members/42/class-hours'] = { status: 200, body: { year: 2026, hours: 0, requiredHours: 32, percent: 0 } };
    const page = open('study/study');
    await until(() => expect(text(page, '.message')).toBe('学习服务暂时不可用，请稍后重试。'));

    fake.routes['GET /api/learning/my/courses'] = { status: 200, body: [] };
    page.querySelector('.retry')!.dispatchEvent('click');
    await until(() => expect(text(page)).toContain('暂无可学的课程'));
  });

  it('sends an applicant to their exams instead of members\' courses', async () => {
    fake.routes['GET /api/auth/me'] = { status: 200, body: { ...ME, memberId: undefined, applicantId: '5', roles: ['APPLICANT'] } };
    const page = open('study/study');
    await until(() => expect(text(page)).toContain('入党申请人请参加入党积极分子和发展对象的统一考试'));
    expect(fake.calls('GET', '/api/learning/my/courses')).toHaveLength(0);
    page.querySelector('.exams')!.dispatchEvent('click');
    await until(() => expect(fake.navigations).toEqual(['navigateTo /pages/exam/list']));
  });

  it('sends a visitor without a session to the login page', () => {
    session.clear();
    open('study/study');
    expect(fake.navigations).toEqual(['reLaunch /pages/login/login']);
  });
});

describe('课程 (a course)', () => {
  it('lists the lessons by chapter with the member\'s progress, and a chapter not yet pushed with its date', async () => {
    fake.routes['GET /api/learning/my/courses/9'] = { status: 200, body: {
      course: { id: '9', title: '党史学习', chapters: [
        { id: '1', title: '第一章', released: true, lessons: [
          { id: '11', title: '开天辟地', kind: 'VIDEO', durationSeconds: 1200, classHours: 0.5 },
          { id: '12', title: '星火燎原', kind: 'ARTICLE', durationSeconds: 600, classHours: 0.5 }] },
        { id: '2', title: '第二章', released: false, releaseOn: '2027-01-01', lessons: [
          { id: '21', title: '改革开放', kind: 'AUDIO', durationSeconds: 900, classHours: 1 }] }] },
      progress: [{ lessonId: '11', percent: 100, completedAt: '2026-11-30T10:00:00Z' }, { lessonId: '12', percent: 40 }],
      nextLessonId: '12' } };
    const page = open('course/course', { id: '9' });
    await until(() => expect(text(page)).toContain('开天辟地'));
    expect(text(page)).toContain('视频 · 20 分钟 · 0.5 学时');
    expect(text(page)).toContain('已完成');
    expect(text(page)).toContain('已学 40%');
    expect(text(page)).toContain('第二章（2027-01-01 开放）');

    page.querySelector('.resume')!.dispatchEvent('click');
    await until(() => expect(fake.navigations).toEqual(['navigateTo /pages/lesson/lesson?courseId=9&id=12']));
  });
});

describe('一课 (a lesson)', () => {
  it('opens a video where the member left off and tells the server when play is pressed', async () => {
    fake.routes['GET /api/learning/my/courses/9'] = { status: 200, body: { course: { id: '9', chapters: [
      { id: '1', released: true, lessons: [{ id: '11', title: '开天辟地', kind: 'VIDEO', durationSeconds: 1200, classHours: 0.5, mediaId: '5' }] }] } } };
    fake.routes['GET /api/learning/lessons/11/progress'] = { status: 200, body: { lessonId: '11', position: 300, percent: 25 } };
    fake.routes['GET /api/learning/lessons/11/media'] = { status: 200, body: { url: 'https://media.example/v.mp4' } };
    fake.routes['POST /api/learning/lessons/11/heartbeats'] = { status: 200, body: { outcome: 'STARTED', creditedMs: '0' } };
    const page = open('lesson/lesson', { courseId: '9', id: '11' });
    await until(() => expect(text(page)).toContain('上次学到 300 秒'));
    expect(page.querySelector('.player')).toBeTruthy();

    page.querySelector('.player')!.dispatchEvent('play');
    await until(() => expect(fake.calls('POST', '/api/learning/lessons/11/heartbeats')).toHaveLength(1));
    const beat = fake.calls('POST', '/api/learning/lessons/11/heartbeats')[0].data as { id: string; position: number; start: boolean };
    expect(beat.position).toBe(300);
    expect(beat.start).toBe(true);
    expect(beat.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('says so when another lesson of the member is playing elsewhere', async () => {
    fake.routes['GET /api/learning/my/courses/9'] = { status: 200, body: { course: { id: '9', chapters: [
      { id: '1', released: true, lessons: [{ id: '12', title: '星火燎原', kind: 'ARTICLE', durationSeconds: 600, classHours: 0.5 }] }] } } };
    fake.routes['GET /api/learning/lessons/12/progress'] = { status: 200, body: { lessonId: '12', position: 0, percent: 0 } };
    fake.routes['POST /api/learning/lessons/12/heartbeats'] = { status: 200, body: { outcome: 'ANOTHER_LESSON_PLAYING', creditedMs: '0' } };
    const page = open('lesson/lesson', { courseId: '9', id: '12' });
    await until(() => expect(text(page, '.status')).toBe('你正在另一处学习另一课，本课暂不计时。'));
    (page.instance as unknown as { onUnload: () => void }).onUnload();
  });
});

describe('积分 (points)', () => {
  it('shows the year\'s total, the rank in the branch and each entry', async () => {
    fake.routes['GET /api/points/members/42'] = { status: 200, body: { year: 2026, orgName: '城东社区第一支部', total: 86.5,
      rank: '3', rankedInBranch: '25', entries: [{ label: '参加组织生活', date: '2026-11-02', detail: '支部党员大会', points: 2 },
        { label: '未按时交纳党费', date: '2026-10-01', points: -1 }] } };
    const page = open('points/points');
    await until(() => expect(text(page, '.figure')).toBe('86.5'));
    expect(text(page)).toContain('城东社区第一支部');
    expect(text(page, '.rank')).toBe('支部排名第 3 名（共 25 人）');
    expect(text(page)).toContain('2026-11-02 · 支部党员大会');
    expect(text(page)).toContain('+2');
    expect(text(page)).toContain('-1');
  });

  it('leaves the rank out where the organisation does not show rankings, and explains an empty year', async () => {
    fake.routes['GET /api/points/members/42'] = { status: 200, body: { year: 2026, total: 0, entries: [] } };
    const page = open('points/points');
    await until(() => expect(text(page)).toContain('今年还没有积分记录'));
    expect(page.querySelector('.rank')).toBeFalsy();
  });

  it('tells an applicant that points belong to members', async () => {
    fake.routes['GET /api/auth/me'] = { status: 200, body: { ...ME, memberId: undefined, applicantId: '5', roles: ['APPLICANT'] } };
    const page = open('points/points');
    await until(() => expect(text(page, '.message')).toContain('入党申请人暂无积分'));
  });
});

describe('我的 (my record)', () => {
  it('shows the record with ID and phone masked, and greets the member on their political birthday', async () => {
    const today = new Date();
    const joined = `${today.getFullYear() - 10}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    fake.routes['GET /api/members/me'] = { status: 200, body: { id: '42', name: '王红', orgId: '100', orgName: '城东社区第一支部', standingName: '正式党员',
      joinDate: joined, fullDate: '2017-01-01', idNumber: '320583********1234', phone: '138****5678' } };
    const page = open('home/home');
    await until(() => expect(text(page)).toContain('王红'));
    expect(text(page)).toContain('320583********1234');
    expect(text(page)).toContain('138****5678');
    expect(text(page)).toContain('城东社区第一支部');
    expect(text(page, '.greeting')).toContain('入党 10 周年');
  });

  it('logs out: the server forgets the refresh token and the member is at the login page', async () => {
    fake.routes['GET /api/members/me'] = { status: 200, body: { id: '42', name: '王红', joinDate: '2000-02-29' } };
    fake.routes['POST /api/auth/logout'] = { status: 204 };
    const page = open('home/home');
    await until(() => expect(text(page)).toContain('王红'));
    expect(page.querySelector('.greeting')).toBeFalsy();

    page.querySelector('.logout')!.dispatchEvent('click');
    await until(() => expect(fake.navigations).toContain('reLaunch /pages/login/login'));
    expect(fake.calls('POST', '/api/auth/logout')[0].data).toEqual({ refreshToken: 'r' });
    expect(session.signedIn()).toBe(false);
  });
});

describe('登录 (login)', () => {
  beforeEach(() => session.clear());

  it('shows the server\'s reason beside the phone field', async () => {
    fake.routes['POST /api/auth/sms-code'] = { status: 400, body: { code: 'VALIDATION_FAILED', detail: '请求有误',
      errors: [{ field: 'phone', message: '该手机号未登记' }] } };
    const page = open('login/login');
    page.instance.setData({ phone: '13800000000' });
    page.querySelector('.send')!.dispatchEvent('click');
    await until(() => expect(text(page)).toContain('该手机号未登记'));
  });

  it('signs in by SMS code and goes to study', async () => {
    fake.routes['POST /api/auth/sms-login'] = { status: 200, body: { accessToken: 'a2', refreshToken: 'r2' } };
    const page = open('login/login');
    page.instance.setData({ phone: '13800000000', code: '123456' });
    page.querySelector('.submit')!.dispatchEvent('click');
    await until(() => expect(fake.navigations).toEqual(['switchTab /pages/study/study']));
    expect(session.refresh()).toBe('r2');
  });

  it('asks a first-time WeChat user to bind their phone, then binds with the ticket', async () => {
    fake.routes['POST /api/auth/wechat-login'] = { status: 401, body: { code: 'WECHAT_NOT_BOUND', detail: '微信尚未绑定',
      bindTicket: 'ticket-1', bindTicketExpiresIn: 600 } };
    fake.routes['POST /api/auth/wechat-bind'] = { status: 200, body: { accessToken: 'a3', refreshToken: 'r3' } };
    const page = open('login/login');
    page.querySelector('.wechat')!.dispatchEvent('click');
    await until(() => expect(text(page)).toContain('首次用微信登录，请验证本人手机号完成绑定'));
    expect(fake.calls('POST', '/api/auth/wechat-login')[0].data).toEqual({ code: 'dev:member' });

    page.instance.setData({ phone: '13800000000', code: '123456' });
    page.querySelector('.submit')!.dispatchEvent('click');
    await until(() => expect(session.refresh()).toBe('r3'));
    expect(fake.calls('POST', '/api/auth/wechat-bind')[0].data).toEqual({ phone: '13800000000', code: '123456', ticket: 'ticket-1' });
  });
});

describe('大字模式 (large text)', () => {
  const style = (page: ReturnType<typeof open>) => (page.instance.data as { pageStyle: string }).pageStyle;

  it('keeps the standard size at WeChat\'s standard setting and follows a larger one', async () => {
    fake.routes['GET /api/points/members/42'] = { status: 200, body: { year: 2026, total: 0, entries: [] } };
    expect(style(open('points/points'))).toBe('');
    fake.fontSizeSetting = 22;
    const larger = style(open('points/points'));
    expect(larger).toContain('font-size: 39rpx');
    expect(larger).toContain('--cell-font-size: 18px');
  });

  it('enlarges every page once the member turns it on in 我的', async () => {
    fake.routes['GET /api/members/me'] = { status: 200, body: { id: '42', name: '王红', joinDate: '2001-07-01' } };
    const home = open('home/home');
    await until(() => expect(text(home)).toContain('大字模式'));
    home.querySelector('.large-text')!.dispatchEvent('change', { detail: true });
    await until(() => expect(style(home)).toContain('font-size: 38rpx'));
    fake.routes['GET /api/learning/my/courses'] = { status: 200, body: [] };
    fake.routes['GET /api/learning/members/42/class-hours'] = { status: 200, body: { year: 2026, hours: 0, requiredHours: 32, percent: 0 } };
    expect(style(open('study/study'))).toContain('--button-normal-font-size: 18px');
  });
});

