import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CadreAnalytics, CadreQuarterTask, CadreView } from '@/api/types';
import CadreAnalyticsPanel from '@/components/CadreAnalyticsPanel.vue';
import CadreQuarterPanel from '@/components/CadreQuarterPanel.vue';
import { recentQuarters } from '@/composables/time';
import CadreDrawer from '@/components/CadreDrawer.vue';
import CadresPage from '@/pages/CadresPage.vue';
import { click, json, serve, signedInAs, type } from './support/fake-api';

const secretary: CadreView = {
  id: '5', memberId: '77', name: '沈建华', gender: 'MALE', birthDate: '1978-03-02', age: 48, education: '21',
  educationLabel: '大学本科毕业', orgId: '11', orgName: '歇马桥村党支部',
  appointments: [
    { id: '51', cadreId: '5', orgId: '11', orgName: '歇马桥村党支部', position: 'SECRETARY', method: 'ELECTED', startsOn: '2021-06-01', current: true },
    { id: '50', cadreId: '5', orgId: '11', orgName: '歇马桥村党支部', position: 'COMMITTEE_MEMBER', method: 'ELECTED', startsOn: '2016-06-01', endsOn: '2021-06-01', endReason: '换届', current: false },
  ],
  reserves: [],
};

const figures: CadreAnalytics = {
  orgId: '10', orgName: '千灯镇党委', asOf: '2026-12-07', cadres: 3, averageAge: 35, secretaries: 1, vacancies: 2,
  secretariesAlsoDirectors: 1, oneShoulderShare: 100, graduateOfficials: 1,
  ageBands: [{ key: 'UP_TO_35', label: '35岁及以下', count: 2 }], education: [], gender: [], secretaryTenure: [],
  reservePipeline: [{ position: 'SECRETARY', holders: 1, reserves: 2, reservesPerPost: 2 }],
  turnover: [{ year: 2026, started: 2, ended: 1 }],
};

describe('grassroots cadres', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists the cadres with the posts they hold now, and offers an auditor nothing to record', async () => {
    signedInAs('AUDITOR');
    serve({ 'GET /api/cadres': () => json(200, { items: [secretary], total: 1, page: 1, size: 20 }) });
    const wrapper = mount(CadresPage, { attachTo: document.body });
    await flushPromises();

    expect(wrapper.find('[data-test="cadre-list"]').text()).toContain('歇马桥村党支部党组织书记');
    expect(wrapper.find('[data-test="cadre-list"]').text()).not.toContain('党组织委员');
    expect(wrapper.find('[data-test="cadre-create"]').exists()).toBe(false);
  });

  it("shows a cadre's posts, held and left, with 登记离任 only for a post held, the training with the Party school's hours, and the performance", async () => {
    signedInAs('ORG_ADMIN');
    serve({
      'GET /api/cadres/5': () => json(200, secretary),
      'GET /api/cadres/5/performance': () => json(200, {
        duties: [{ quarter: '2026-Q4', quarterLabel: '2026年第四季度', summary: '组织党员冬训', outcome: '村集体经济收入增长8%' }],
        assessments: [{ year: 2025, grade: 'EXCELLENT' }, { year: 2024, grade: 'COMPETENT' }],
        rewards: [{ id: '3', kind: 'REWARD', title: '昆山市优秀党务工作者', decidedBy: '中共昆山市委', decidedOn: '2026-07-01' }],
      }),
      'GET /api/cadres/5/training': () => json(200, {
        courses: [{ id: '8', course: '全市村（社区）党组织书记示范培训班', provider: '昆山市委组织部', hours: 24, heldOn: '2026-11-20' }],
        years: [{ year: 2026, recordedHours: 24, partySchoolHours: 3.5, totalHours: 27.5 }],
      }),
    });
    mount(CadreDrawer, { props: { modelValue: true, cadreId: '5', administrator: true }, attachTo: document.body });
    await flushPromises();

    const posts = document.querySelectorAll('[data-test="cadre-post"]');
    expect(posts).toHaveLength(2);
    expect(posts[0].textContent).toContain('在任');
    expect(posts[1].textContent).toContain('2021-06-01 离任（换届）');
    expect(document.querySelectorAll('[data-test="post-end"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-test="post-form"]')).toHaveLength(2);
    expect(document.querySelector('[data-test="training-years"]')?.textContent).toContain('27.5');
    expect(document.querySelector('[data-test="training-course"]')?.textContent).toContain('昆山市委组织部');
    expect(document.querySelector('[data-test="cadre-assessments"]')?.textContent).toContain('2025年度优秀；2024年度称职');
    expect(document.querySelector('[data-test="cadre-duty"]')?.textContent).toContain('村集体经济收入增长8%');
    expect(document.querySelector('[data-test="cadre-reward"]')?.textContent).toContain('昆山市优秀党务工作者');
  });

  it("shows a non-member's numbers masked and in clear only after a reason is given", async () => {
    signedInAs('ORG_ADMIN');
    const villager: CadreView = {
      id: '6', name: '严村委', gender: 'MALE', birthDate: '1975-03-02', age: 51, orgId: '11', orgName: '歇马桥村党支部',
      idNumberMasked: '3205**********1237', phoneMasked: '139****5678', appointments: [], reserves: [],
    };
    const calls = serve({
      'GET /api/cadres/6': () => json(200, villager),
      'GET /api/cadres/6/training': () => json(200, { courses: [], years: [] }),
      'GET /api/cadres/6/performance': () => json(200, { duties: [], assessments: [], rewards: [] }),
      'POST /api/cadres/6/unmask': () => json(200, { idNumber: '320583197503021237', phone: '13912345678' }),
    });
    mount(CadreDrawer, { props: { modelValue: true, cadreId: '6', administrator: true }, attachTo: document.body });
    await flushPromises();

    expect(document.querySelector('[data-test="cadre-id-number"]')?.textContent).toBe('3205**********1237');
    click('[data-test="cadre-unmask"]');
    await vi.waitFor(() => expect(document.querySelector('.el-message-box input')).not.toBeNull());
    type('.el-message-box input', '村委换届资格审查');
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click();
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/cadres/6/unmask')).toBe(true));
    await flushPromises();

    const sent = calls.find((c) => c.method === 'POST' && c.path === '/api/cadres/6/unmask');
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ reason: '村委换届资格审查' });
    expect(document.querySelector('[data-test="cadre-id-number"]')?.textContent).toBe('320583197503021237');
    expect(document.querySelector('[data-test="cadre-phone"]')?.textContent).toBe('13912345678');
  });

  it("shows a refusal of the cadre's record with the service's words", async () => {
    signedInAs('ORG_ADMIN');
    serve({ 'GET /api/cadres/9': () => json(404, { status: 404, code: 'CADRE_NOT_FOUND', detail: '干部不存在或不在所辖范围内' }) });
    mount(CadreDrawer, { props: { modelValue: true, cadreId: '9', administrator: true }, attachTo: document.body });
    await flushPromises();

    expect(document.querySelector('[data-test="cadre-error"]')?.textContent).toContain('干部不存在或不在所辖范围内');
  });

  it('shows the figures of the subtree with the reserve pipeline', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({ 'GET /api/cadres/analytics': () => json(200, figures) });
    const wrapper = mount(CadreAnalyticsPanel, { attachTo: document.body });
    await flushPromises();

    expect(calls.filter((c) => c.path === '/api/cadres/analytics')).toHaveLength(1);
    expect(wrapper.find('[data-test="analytics-cadres"]').text()).toBe('3');
    expect(wrapper.find('[data-test="analytics-vacancies"]').text()).toBe('2');
    expect(wrapper.find('[data-test="analytics-pipeline"]').text()).toContain('党组织书记');
  });

  it('opens the list behind a figure: the vacant organisations, and the reserves of a position', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/cadres/analytics': () => json(200, figures),
      'GET /api/cadres/analytics/people': () => json(200, {
        items: [{ orgId: '12', orgName: '石浦村党支部', position: 'SECRETARY' }, { orgId: '13', orgName: '陶桥村党支部', position: 'SECRETARY' }],
        total: 2, page: 1, size: 20,
      }),
    });
    mount(CadreAnalyticsPanel, { attachTo: document.body });
    await flushPromises();

    click('[data-test="analytics-vacancies-card"]');
    await flushPromises();
    const listed = calls.filter((c) => c.path === '/api/cadres/analytics/people');
    expect(listed).toHaveLength(1);
    expect(new URLSearchParams(listed[0].search).get('figure')).toBe('VACANCIES');
    expect(document.querySelector('[data-test="figure-rows"]')?.textContent).toContain('陶桥村党支部');
    expect(document.querySelector('[data-test="figure-dialog"]')?.textContent).toContain('书记空缺的组织（2）');

    click('[data-test="pipeline-reserves"]');
    await flushPromises();
    const reserves = new URLSearchParams(calls.filter((c) => c.path === '/api/cadres/analytics/people')[1].search);
    expect([reserves.get('figure'), reserves.get('key')]).toEqual(['RESERVES', 'SECRETARY']);
  });
});

describe("the cadres' quarterly update", () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const overdue: CadreQuarterTask = {
    id: '31', quarter: '2026-Q3', quarterLabel: '2026年第三季度', orgId: '12', orgName: '大潭村党总支', dueOn: '2026-10-10',
    status: 'OVERDUE', remindedOn: '2026-10-11',
  };
  const confirmed: CadreQuarterTask = {
    id: '32', quarter: '2026-Q3', quarterLabel: '2026年第三季度', orgId: '11', orgName: '歇马桥村党支部', dueOn: '2026-10-10',
    status: 'CONFIRMED', confirmedOn: '2026-10-08', posts: 5, note: '本季度无变化',
  };

  it('names the quarter: the one of the day and those before it, across a new year', () => {
    expect(recentQuarters('2027-01-05', 3)).toEqual([
      { value: '2027-Q1', label: '2027年第一季度' },
      { value: '2026-Q4', label: '2026年第四季度' },
      { value: '2026-Q3', label: '2026年第三季度' },
    ]);
    expect(recentQuarters('2026-09-30', 1)[0].value).toBe('2026-Q3');
  });

  it("shows the subtree's progress, overdue first, and confirms an organisation's quarter with a note", async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/cadres/quarter-tasks/progress': () => json(200, {
        orgId: '10', orgName: '千灯镇党委', quarter: '2026-Q3', quarterLabel: '2026年第三季度', dueOn: '2026-10-10',
        tasks: 2, confirmed: 1, open: 0, overdue: 1,
      }),
      'GET /api/cadres/quarter-tasks': () => json(200, { items: [overdue, confirmed], total: 2, page: 1, size: 20 }),
      'POST /api/cadres/quarter-tasks/31/confirm': () =>
        json(200, { ...overdue, status: 'CONFIRMED', confirmedOn: '2026-12-07', posts: 3, note: '新任一名委员' }),
    });
    const wrapper = mount(CadreQuarterPanel, { props: { administrator: true }, attachTo: document.body });
    await flushPromises();

    expect(wrapper.find('[data-test="quarter-progress"]').text()).toContain('已逾期 1');
    expect(wrapper.find('[data-test="quarter-tasks"]').text()).toContain('大潭村党总支');
    expect(wrapper.find('[data-test="quarter-tasks"]').text()).toContain('已逾期');
    const buttons = wrapper.findAll('[data-test="quarter-confirm"]');
    expect(buttons).toHaveLength(1);
    await buttons[0].trigger('click');
    await flushPromises();
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="quarterNote"]')?.value).toBe('本季度无变化');
    type('textarea[name="quarterNote"]', '新任一名委员');
    click('[data-test="quarter-confirm-save"]');
    await flushPromises();

    const sent = calls.find((c) => c.method === 'POST' && c.path === '/api/cadres/quarter-tasks/31/confirm');
    expect(JSON.parse(sent?.body ?? '{}')).toEqual({ note: '新任一名委员' });
    expect(calls.filter((c) => c.path === '/api/cadres/quarter-tasks')).toHaveLength(2);
  });

  it('offers an auditor the lists but no confirmation', async () => {
    signedInAs('AUDITOR');
    serve({
      'GET /api/cadres/quarter-tasks/progress': () => json(200, { quarter: '2026-Q4', quarterLabel: '2026年第四季度', tasks: 1, confirmed: 0, open: 1, overdue: 0 }),
      'GET /api/cadres/quarter-tasks': () => json(200, { items: [{ ...overdue, status: 'OPEN' }], total: 1, page: 1, size: 20 }),
    });
    const wrapper = mount(CadreQuarterPanel, { props: { administrator: false }, attachTo: document.body });
    await flushPromises();

    expect(wrapper.find('[data-test="quarter-tasks"]').text()).toContain('待确认');
    expect(wrapper.findAll('[data-test="quarter-confirm"]')).toHaveLength(0);
  });
});
