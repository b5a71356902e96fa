import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RetentionPanel from '@/components/RetentionPanel.vue';

function kind(code: string, label: string, period: string, due: number) {
  return { kind: code, label, action: 'ERASE', period, cutoff: '2021-12-05T08:00:00', due };
}

/** Each service answers its own kinds; privacy-kit's SENSITIVE_READ_AUDIT is in every one of them. */
const KINDS: Record<string, unknown[]> = {
  '/api/orgs/retention': [kind('AUDIT_LOG', '登录与账号操作记录', 'P3Y', 0)],
  '/api/members/retention': [],
  '/api/transfers/retention': [kind('OUTSIDE_LETTER_SCAN', '外地组织关系介绍信扫描件', 'P3Y', 2)],
  '/api/recruitment/retention': [],
  '/api/points/retention': [kind('ACTIVITY_PHOTO', '组织生活活动照片', 'P5Y', 0)],
  '/api/notifications/retention': [],
};

describe('the retention panel', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the uploads transfer- and points-service keep for a period beside the other services\' kinds', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
      const path = new URL(request.url).pathname;
      asked.push(path);
      return new Response(JSON.stringify(KINDS[path] ?? []), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
    const wrapper = mount(RetentionPanel, { attachTo: document.body });
    await (wrapper.vm as unknown as { load: () => Promise<void> }).load();
    await flushPromises();

    expect(asked).toEqual(expect.arrayContaining(['/api/transfers/retention', '/api/points/retention']));
    const scans = wrapper.find('[data-test="retention-OUTSIDE_LETTER_SCAN"]').text();
    expect(scans).toContain('外地组织关系介绍信扫描件');
    expect(scans).toContain('组织关系转接');
    expect(scans).toContain('保存3年，到期删除');
    expect(scans).toContain('2 条已到期');
    const photos = wrapper.find('[data-test="retention-ACTIVITY_PHOTO"]').text();
    expect(photos).toContain('组织生活活动照片');
    expect(photos).toContain('保存5年，到期删除');
    expect(photos).toContain('无到期数据');
  });
});
