import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudyBulletin } from '@/api/types';
import StudyBulletinPanel from '@/components/StudyBulletinPanel.vue';
import { json, OWN_ORG, serve, signedInAs } from './support/fake-api';

const bulletin: StudyBulletin = {
  orgId: '10', orgName: '玉山镇党委', year: 2026, month: 6, requiredHours: 32, paceHours: 16,
  total: { orgId: '10', orgName: '玉山镇党委', members: 3, studying: 1, hours: 30, averageHours: 10, onPace: 1, onPacePercent: 33 },
  rows: [
    { orgId: '11', orgName: '城北社区党支部', members: 2, studying: 1, hours: 30, averageHours: 15, onPace: 1, onPacePercent: 50 },
    { orgId: '12', orgName: '城南社区党支部', members: 1, studying: 0, hours: 0, averageHours: 0, onPace: 0, onPacePercent: 0 },
  ],
};

describe('the study bulletin', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it("asks for the caller's organisation this month and marks the organisations behind on pace", async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'GET /api/learning/bulletin': () => json(200, bulletin),
      'GET /api/learning/leaderboard': () => json(200, { orgId: '10', orgName: '玉山镇党委', year: 2026, shown: false, top: [] }),
    });
    const wrapper = mount(StudyBulletinPanel, { attachTo: document.body });
    await flushPromises();

    const asked = calls.filter((c) => c.path === '/api/learning/bulletin');
    expect(asked).toHaveLength(1);
    const thisMonth = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
    const query = new URLSearchParams(asked[0].search);
    expect(query.get('orgId')).toBe('10');
    expect(`${query.get('year')}-${query.get('month')!.padStart(2, '0')}`).toBe(thisMonth);
    expect(wrapper.find('[data-test="bulletin-pace"]').text()).toContain('16');
    expect(wrapper.find('[data-test="bulletin-on-pace"]').text()).toBe('33%');
    const rows = wrapper.findAll('[data-test="bulletin-rows"] .el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('城北社区党支部');
    expect(rows[0].classes()).not.toContain('dj-row-behind');
    expect(rows[1].classes()).toContain('dj-row-behind');
    expect(wrapper.find('[data-test="study-leaderboard"]').text()).toContain('本组织未开启排名');
  });

  it('lists who studied most where the organisation turned rankings on', async () => {
    signedInAs('ORG_ADMIN');
    serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'GET /api/learning/bulletin': () => json(200, bulletin),
      'GET /api/learning/leaderboard': () => json(200, {
        orgId: '10', orgName: '玉山镇党委', year: 2026, shown: true, members: 3,
        top: [{ rank: 1, name: '甲二', orgName: '城北社区党支部', hours: 8.5 }, { rank: 2, name: '乙一', orgName: '城南社区党支部', hours: 5 }],
      }),
    });
    const wrapper = mount(StudyBulletinPanel, { attachTo: document.body });
    await flushPromises();
    const board = wrapper.find('[data-test="study-leaderboard"]');
    expect(board.text()).toContain('3 名党员获得了学时');
    expect(board.findAll('.dj-line-row').map((r) => r.findAll('b, span').map((e) => e.text()).join(' '))).toEqual([
      '1 甲二 城北社区党支部 8.5 学时', '2 乙一 城南社区党支部 5 学时',
    ]);
  });
});
