import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import WriteAuditPanel from '@/components/WriteAuditPanel.vue';

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

function entry(id: number, outcome: 'OK' | 'REFUSED', path: string) {
  return { id: String(id), at: '2026-12-05T08:00:00Z', actorUsername: 'admin', method: 'POST', path, status: outcome === 'OK' ? 201 : 400, outcome };
}

type Asked = { url: URL; answer: (body: unknown) => void };

function serve(): Asked[] {
  const asked: Asked[] = [];
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
    return new Promise<Response>((resolve) => asked.push({ url: new URL(request.url), answer: (body) => resolve(json(body)) }));
  });
  return asked;
}

describe('the write audit panel', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows the answer to the last filter even when an earlier, unfiltered answer comes back after it', async () => {
    const asked = serve();
    const wrapper = mount(WriteAuditPanel, { attachTo: document.body });
    void (wrapper.vm as unknown as { load: () => Promise<void> }).load();
    await flushPromises();
    const input = wrapper.find('input[name="write-audit-username"]');
    await input.setValue('clerk');
    await input.trigger('keyup', { key: 'Enter' });
    await flushPromises();
    expect(asked).toHaveLength(2);
    expect(asked[1].url.searchParams.get('username')).toBe('clerk');

    asked[1].answer({ items: [entry(2, 'REFUSED', '/api/auth/accounts')], total: 1 });
    await flushPromises();
    asked[0].answer({ items: [entry(1, 'OK', '/api/orgs')], total: 1 });
    await flushPromises();

    const list = wrapper.find('[data-test="write-audit-list"]').text();
    expect(list).toContain('/api/auth/accounts');
    expect(list).not.toContain('/api/orgs');
  });

  it('asks for page 2 when the reader turns to the second page (pages count from 1)', async () => {
    const asked = serve();
    const wrapper = mount(WriteAuditPanel, { attachTo: document.body });
    void (wrapper.vm as unknown as { load: () => Promise<void> }).load();
    await flushPromises();
    expect(asked[0].url.searchParams.get('page')).toBe('1');
    asked[0].answer({ items: Array.from({ length: 20 }, (_, i) => entry(i, 'OK', `/api/orgs/${i}`)), total: 45 });
    await flushPromises();

    const second = wrapper.findAll('.el-pager li').find((li) => li.text() === '2');
    expect(second).toBeDefined();
    await second!.trigger('click');
    await flushPromises();
    expect(asked).toHaveLength(2);
    expect(asked[1].url.searchParams.get('page')).toBe('2');
  });
});
