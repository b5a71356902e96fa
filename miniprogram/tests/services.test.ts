// The pages of a member's business beyond study: meetings (leave, scanning in), the own transfer, nearby venues and
// exams, in the states a member sees.
import { describe, expect, it } from 'vitest';
import { until } from './fake-wx';
import { fake, open, session, text } from './render';

const soon = (days: number) => {
  const t = new Date(Date.now() + days * 86_400_000 + 8 * 3600_000);
  return t.toISOString().slice(0, 16) + ':00';
};

describe('我的会议 (meetings)', () => {
  const meeting = (over: object) => ({ id: '501', topic: '学习党的二十届四中全会精神', type: 'GENERAL_MEETING', status: 'PLANNED',
    startsAt: soon(2), venue: { name: '城东社区党群服务中心', address: '前进东路8号' }, ...over });

  it('lists the meetings with what stands for the member, and asks for leave with a reason', async () => {
    fake.routes['GET /api/points/meetings/mine'] = { status: 200, body: { items: [
      meeting({}),
      meeting({ id: '502', topic: '主题党日', type: 'THEME_DAY', status: 'COMPLETED', startsAt: '2026-11-01T09:00:00', checkedInAt: '2026-11-01T01:02:00Z' }),
      meeting({ id: '503', topic: '组织生活会', type: 'LIFE_MEETING', leaveStatus: 'REFUSED', leaveReason: '出差', leaveDecisionReason: '会议重要，请调整行程' }),
    ], total: 3 } };
    fake.routes['POST /api/points/meetings/501/leave'] = { status: 204 };
    const page = open('meeting/list');
    await until(() => expect(text(page)).toContain('学习党的二十届四中全会精神'));
    expect(text(page)).toContain('支部党员大会');
    expect(text(page)).toContain('城东社区党群服务中心 · 前进东路8号');
    expect(text(page)).toContain('已签到（2026-11-01 09:02）');
    expect(text(page)).toContain('请假未批准：会议重要，请调整行程');
    expect(page.querySelectorAll('.leave')).toHaveLength(1);

    fake.modalAnswer = { confirm: true, content: ' 在外地培训 ' };
    page.querySelector('.leave')!.dispatchEvent('click');
    await until(() => expect(text(page, '.notice')).toBe('请假已提交，等待支部审批。'));
    expect(fake.calls('POST', '/api/points/meetings/501/leave')[0].data).toEqual({ reason: '在外地培训' });
  });

  it('shows why leave was not taken (the reason is missing)', async () => {
    fake.routes['GET /api/points/meetings/mine'] = { status: 200, body: { items: [meeting({})], total: 1 } };
    fake.routes['POST /api/points/meetings/501/leave'] = { status: 400, body: { code: 'VALIDATION_FAILED', detail: '请假原因不能为空' } };
    const page = open('meeting/list');
    await until(() => expect(page.querySelector('.leave')).toBeTruthy());
    page.querySelector('.leave')!.dispatchEvent('click');
    await until(() => expect(fake.modals.at(-1)).toEqual({ title: '请假未提交', content: '请假原因不能为空' }));
  });

  it('checks in with the scanned meeting code, and refuses a QR code that is not a meeting\'s', async () => {
    fake.routes['GET /api/points/meetings/mine'] = { status: 200, body: { items: [], total: 0 } };
    fake.routes['POST /api/points/meetings/501/check-ins'] = { status: 204 };
    const page = open('meeting/list');
    await until(() => expect(text(page)).toContain('暂无会议通知'));

    fake.scanned = { result: 'https://example.com/shop', path: '' };
    page.querySelector('.scan')!.dispatchEvent('click');
    await until(() => expect(fake.modals.at(-1)?.content).toContain('这不是会议的签到二维码'));

    fake.scanned = { result: 'pages/meeting/check-in?meetingId=501&code=v1.501.abc_-', path: '' };
    page.querySelector('.scan')!.dispatchEvent('click');
    await until(() => expect(text(page, '.notice')).toBe('签到成功。'));
    expect(fake.calls('POST', '/api/points/meetings/501/check-ins')[0].data).toEqual({ code: 'v1.501.abc_-' });
  });

  it('the page a meeting QR code opens checks in, or says why not', async () => {
    fake.routes['POST /api/points/meetings/501/check-ins'] = { status: 400, body: { code: 'VALIDATION_FAILED', detail: '签到码已过期，请扫描会场最新的二维码' } };
    const page = open('meeting/check-in', { meetingId: '501', code: 'v1.501.old' });
    await until(() => expect(text(page, '.message')).toBe('签到码已过期，请扫描会场最新的二维码'));
  });

  it('a member not signed in who scans a meeting code signs in first and comes back to check in', async () => {
    session.clear();
    open('meeting/check-in', { meetingId: '501', code: 'v1.501.abc' });
    expect(fake.navigations).toEqual([`reLaunch /pages/login/login?redirect=${encodeURIComponent('/pages/meeting/check-in?meetingId=501&code=v1.501.abc')}`]);

    fake.routes['POST /api/auth/sms-login'] = { status: 200, body: { accessToken: 'a2', refreshToken: 'r2' } };
    const login = open('login/login', { redirect: encodeURIComponent('/pages/meeting/check-in?meetingId=501&code=v1.501.abc') });
    login.instance.setData({ phone: '13800000000', code: '123456' });
    login.querySelector('.submit')!.dispatchEvent('click');
    await until(() => expect(fake.navigations.at(-1)).toBe('redirectTo /pages/meeting/check-in?meetingId=501&code=v1.501.abc'));
  });
});

describe('组织关系转接 (my transfer)', () => {
  it('shows an approved in-city transfer with where and by when to report, and each level\'s decision', async () => {
    fake.routes['GET /api/transfers/mine'] = { status: 200, body: { total: 1, items: [{ id: '9', kind: 'IN_CITY', status: 'APPROVED',
      fromOrgName: '城东社区党支部', toOrgName: '周市镇市北村党支部', reportBy: '2026-12-31', registeredAt: '2026-12-01T02:00:00Z',
      steps: [
        { seq: 1, orgName: '玉山镇党委', status: 'APPROVED', decidedAt: '2026-12-02T01:00:00Z', comment: '同意' },
        { seq: 2, orgName: '周市镇党委', status: 'APPROVED', decidedAt: '2026-12-03T01:00:00Z' }] }] } };
    const page = open('transfer/transfer');
    await until(() => expect(text(page)).toContain('市内转接'));
    expect(text(page)).toContain('已批准，待报到');
    expect(text(page)).toContain('城东社区党支部 → 周市镇市北村党支部');
    expect(text(page, '.report')).toBe('请于 2026-12-31 前（含当天）到 周市镇市北村党支部 报到，逾期转接失效。');
    expect(text(page)).toContain('第1级 玉山镇党委：已同意');
    expect(text(page)).toContain('2026-12-02 09:00 同意');
  });

  it('says how to start one when the member has none', async () => {
    fake.routes['GET /api/transfers/mine'] = { status: 200, body: { total: 0, items: [] } };
    const page = open('transfer/transfer');
    await until(() => expect(text(page)).toContain('你没有组织关系转接记录'));
  });
});

describe('附近的党组织 (nearby)', () => {
  it('lists the venues near the phone with their distance and opens one in the map', async () => {
    fake.routes['GET /api/learning/nearby/venues'] = { status: 200, body: [
      { venueId: '1', name: '城东社区党群服务中心', orgName: '城东社区党委', address: '前进东路8号', distanceMetres: 420, latitude: 31.387, longitude: 120.983 },
      { venueId: '2', name: '周市镇党建馆', orgName: '周市镇党委', address: '青阳北路1号', distanceMetres: 3650, latitude: 31.41, longitude: 120.99 }] };
    const page = open('nearby/nearby');
    await until(() => expect(text(page)).toContain('城东社区党群服务中心'));
    expect(text(page)).toContain('420 米');
    expect(text(page)).toContain('3.7 公里');
    expect(fake.calls('GET', '/api/learning/nearby/venues')[0].url).toContain('latitude=31.3856&longitude=120.9807&radius=5000');

    page.querySelectorAll('.venue')[1].dispatchEvent('click');
    await until(() => expect(fake.mapsOpened).toEqual([{ latitude: 31.41, longitude: 120.99, name: '周市镇党建馆' }]));
  });

  it('asks for the location permission when the member refused it', async () => {
    fake.location = undefined;
    const page = open('nearby/nearby');
    await until(() => expect(text(page, '.message')).toContain('请在设置中允许本小程序使用位置信息'));
    expect(fake.sent).toHaveLength(0);
  });
});

describe('我的考试 (exams)', () => {
  it('lists the exams with attempts left and the best score; a passed one cannot be taken again', async () => {
    fake.routes['GET /api/learning/my/exams'] = { status: 200, body: [
      { id: '1', title: '入党积极分子统一考试', kind: 'ACTIVIST', questions: 20, durationMinutes: 30, passScore: 60, attempts: 1, maxAttempts: 3, bestScore: 55 },
      { id: '2', title: '党章知识测试', kind: 'GENERAL', questions: 10, durationMinutes: 15, passScore: 60, attempts: 1, maxAttempts: 2, bestScore: 90, passed: true }] };
    const page = open('exam/list');
    await until(() => expect(text(page)).toContain('入党积极分子统一考试'));
    expect(text(page)).toContain('入党积极分子考试 · 20 题 · 30 分钟 · 60 分及格 · 已考 1/3 次，最高 55 分');
    expect(text(page)).toContain('已通过');

    page.querySelectorAll('.exam')[1].dispatchEvent('click');
    page.querySelectorAll('.exam')[0].dispatchEvent('click');
    await until(() => expect(fake.navigations).toEqual(['navigateTo /pages/exam/attempt?examId=1']));
  });

  it('shows an error with the detail for an account that takes no exams', async () => {
    fake.routes['GET /api/learning/my/exams'] = { status: 403, body: { code: 'FORBIDDEN', detail: '只有党员和入党申请人可以参加考试' } };
    const page = open('exam/list');
    await until(() => expect(text(page, '.message')).toBe('只有党员和入党申请人可以参加考试'));
  });

  it('an attempt saves each answer as it is given, and submitting shows the score and what was right', async () => {
    const paper = { id: '77', examId: '1', title: '入党积极分子统一考试', passScore: 60, secondsLeft: '1800', questions: [
      { questionId: 'q1', kind: 'SINGLE', stem: '党的最高理想是', options: ['实现共产主义', '全面小康'] },
      { questionId: 'q2', kind: 'MULTIPLE', stem: '四个意识包括', options: ['政治意识', '大局意识', '消费意识'] },
      { questionId: 'q3', kind: 'FILL', stem: '党的根本宗旨是全心全意为人民____' }] };
    fake.routes['POST /api/learning/exams/1/attempts'] = { status: 200, body: paper };
    fake.routes['PUT /api/learning/attempts/77/answers'] = { status: 200, body: paper };
    fake.routes['POST /api/learning/attempts/77/submit'] = { status: 200, body: { ...paper, submittedAt: '2026-12-07T02:00:00Z', score: 66.7,
      passed: true, questions: [
        { ...paper.questions[0], choices: [0], correct: [0], right: true },
        { ...paper.questions[1], choices: [0, 2], correct: [0, 1], right: false },
        { ...paper.questions[2], text: '服务', accepted: ['服务'], right: true }] } };
    const page = open('exam/attempt', { examId: '1' });
    await until(() => expect(text(page)).toContain('党的最高理想是'));
    expect(text(page, '.clock')).toBe('剩余 30:00');

    page.querySelectorAll('.option')[0].dispatchEvent('tap');
    await until(() => expect(fake.calls('PUT', '/api/learning/attempts/77/answers')).toHaveLength(1));
    expect(fake.calls('PUT', '/api/learning/attempts/77/answers')[0].data).toEqual({ answers: [{ questionId: 'q1', choices: [0] }] });
    page.querySelectorAll('.option')[2].dispatchEvent('tap');
    page.querySelectorAll('.option')[4].dispatchEvent('tap');
    await until(() => expect(fake.calls('PUT', '/api/learning/attempts/77/answers')).toHaveLength(3));
    expect(fake.calls('PUT', '/api/learning/attempts/77/answers')[2].data).toEqual({ answers: [{ questionId: 'q2', choices: [0, 2] }] });

    page.querySelector('.submit')!.dispatchEvent('click');
    await until(() => expect(text(page, '.result')).toContain('66.7 分 · 考试通过'));
    expect(fake.modals[0].content).toBe('还有 1 题未作答，确定交卷吗？');
    expect((fake.calls('POST', '/api/learning/attempts/77/submit')[0].data as { answers: unknown[] }).answers).toHaveLength(3);
    expect(text(page)).toContain('参考答案：服务');
    expect(page.querySelectorAll('.wrong')).toHaveLength(1);
    (page.instance as unknown as { onUnload: () => void }).onUnload();
  });
});

describe('我的党费 (my dues)', () => {
  it('shows the monthly amount, months paid and owed, and each month\'s standing', async () => {
    fake.routes['GET /api/points/dues/mine'] = { status: 200, body: { year: 2026, monthlyAmount: 40, paidMonths: 9, owedMonths: 2, owedAmount: 80,
      months: [
        { month: 1, due: 40, paid: 40, paidOn: '2026-01-15', status: 'PAID', statusName: '已交' },
        { month: 10, due: 40, status: 'OWED', statusName: '欠交' },
        { month: 12, due: 0, reduced: true, status: 'EXEMPT', statusName: '免交' }] } };
    const page = open('dues/dues');
    await until(() => expect(text(page, '.figure')).toBe('40'));
    expect(text(page, '.counts')).toBe('2026 年已交 9 个月，欠交 2 个月共 80 元');
    const months = page.querySelectorAll('.month');
    expect(months.map((m) => m.dom!.textContent)).toEqual(['1月已交40 元 · 01-15', '10月欠交40 元', '12月免交']);
  });

  it('explains a year whose base the branch has not set', async () => {
    fake.routes['GET /api/points/dues/mine'] = { status: 200, body: { year: 2026, paidMonths: 0, owedMonths: 0, owedAmount: 0, months: [] } };
    const page = open('dues/dues');
    await until(() => expect(text(page)).toContain('2026 年的党费基数支部尚未核定'));
  });
});

describe('我的消息 (notices)', () => {
  it('lets the member allow a kind on WeChat and lists the messages sent to them', async () => {
    let allowed = 0;
    fake.routes['GET /api/notifications/my/subscriptions'] = () => ({ status: 200, body: { wechat: true, kinds: [
      { kind: 'MEETING_ANNOUNCED', kindName: '会议通知', templateId: 'tpl-meeting', allowed }] } });
    fake.routes['GET /api/notifications/my/messages'] = { status: 200, body: { total: 1, items: [
      { id: 7, kind: 'MEETING_ANNOUNCED', kindName: '会议通知', channel: 'SMS', channelName: '短信', text: '王红同志：支部定于12月8日召开党员大会。',
        status: 'SENT', statusName: '已发送', createdAt: '2026-12-07T01:00:00Z', sentAt: '2026-12-07T01:00:02Z' }] } };
    fake.routes['POST /api/notifications/my/subscriptions'] = () => {
      allowed += 1;
      return { status: 204 };
    };
    const page = open('notices/notices');
    await until(() => expect(text(page)).toContain('支部定于12月8日召开党员大会'));
    expect(text(page)).toContain('短信 · 已发送');
    expect(text(page, '.kind')).toContain('未开启');

    page.querySelector('.allow')!.dispatchEvent('click');
    await until(() => expect(text(page, '.notice')).toBe('已允许：下一条“会议通知”会发到微信。'));
    expect(fake.subscribeAsked).toEqual([['tpl-meeting']]);
    expect(fake.calls('POST', '/api/notifications/my/subscriptions')[0].data).toEqual({ answers: [{ templateId: 'tpl-meeting', result: 'ACCEPT' }] });
    await until(() => expect(text(page, '.kind')).toContain('还可收到 1 条'));
  });

  it('records a refusal, and shows no WeChat section where the platform sends none', async () => {
    fake.routes['GET /api/notifications/my/subscriptions'] = { status: 200, body: { wechat: true, kinds: [
      { kind: 'MEETING_ANNOUNCED', kindName: '会议通知', templateId: 'tpl-meeting', allowed: 2 }] } };
    fake.routes['GET /api/notifications/my/messages'] = { status: 200, body: { total: 0, items: [] } };
    fake.routes['POST /api/notifications/my/subscriptions'] = { status: 204 };
    fake.subscribeAnswer = 'reject';
    const page = open('notices/notices');
    await until(() => expect(text(page)).toContain('还没有发给你的消息'));
    page.querySelector('.allow')!.dispatchEvent('click');
    await until(() => expect(text(page, '.notice')).toBe('你未允许，这类提醒只发短信。'));
    expect(fake.calls('POST', '/api/notifications/my/subscriptions')[0].data).toEqual({ answers: [{ templateId: 'tpl-meeting', result: 'REJECT' }] });

    fake.routes['GET /api/notifications/my/subscriptions'] = { status: 200, body: { wechat: false, kinds: [] } };
    const plain = open('notices/notices');
    await until(() => expect(text(plain)).toContain('还没有发给你的消息'));
    expect(plain.querySelector('.kind')).toBeFalsy();
  });
});

describe('我的发展进度 (an applicant\'s progress)', () => {
  it('shows the stage, the steps done and the next step with who does it and by when', async () => {
    fake.routes['GET /api/auth/me'] = { status: 200, body: { accountId: '8', applicantId: '77', orgId: '100', roles: ['APPLICANT'] } };
    fake.routes['GET /api/recruitment/cases/mine'] = { status: 200, body: { name: '程晓', orgName: '城北社区党支部', applicationDate: '2026-03-01',
      status: 'OPEN', statusName: '进行中', stageName: '入党积极分子的确定和培养教育',
      steps: [{ name: '递交入党申请书', date: '2026-03-01' }, { name: '党组织派人谈话', date: '2026-03-20' }],
      next: { name: '确定入党积极分子', performerName: '党支部', actingOrgName: '城北社区党支部', firstAllowedDate: '2026-09-01', dueDate: '2027-03-01' } } };
    const page = open('progress/progress');
    await until(() => expect(text(page)).toContain('程晓'));
    expect(text(page)).toContain('城北社区党支部 · 2026-03-01递交入党申请书');
    expect(text(page)).toContain('进行中 · 入党积极分子的确定和培养教育');
    expect(text(page, '.next')).toContain('下一步：确定入党积极分子');
    expect(text(page, '.next')).toContain('党支部 城北社区党支部 · 2026-09-01 起可办理，应于 2027-03-01 前完成');
    expect(text(page)).toContain('党组织派人谈话');
  });

  it('a member who has no case is told so', async () => {
    fake.routes['GET /api/recruitment/cases/mine'] = { status: 404, body: { code: 'RECRUITMENT_NO_OWN_CASE', detail: '你没有入党申请案卷：请以入党申请人本人账号登录' } };
    const page = open('progress/progress');
    await until(() => expect(text(page, '.message')).toBe('你没有入党申请案卷：请以入党申请人本人账号登录'));
  });
});

