import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import LetterCheckPage from '@/pages/LetterCheckPage.vue';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function visit(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/letters/:number', component: LetterCheckPage }] });
  await router.push(url);
  const wrapper = mount(LetterCheckPage, { global: { plugins: [router] } });
  await flushPromises();
  return wrapper;
}

describe('the public letter check', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the verification with the number and the code from the QR link and says the letter can be accepted', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      asked.push(new URL(request.url).pathname + new URL(request.url).search);
      return json(200, { number: 'KS2026-000123', memberName: '林*东', fromOrgName: '城北社区党支部', toOrgName: '中共上海市浦东新区张江镇委员会',
        issuedOn: '2026-12-01', validUntil: '2027-03-01', transferStatus: 'APPROVED', acceptable: true });
    });

    const page = await visit('/letters/KS2026-000123?code=9f3aX');

    expect(asked).toEqual(['/api/transfers/letters/KS2026-000123/verification?code=9f3aX']);
    expect(page.find('[data-test="letter-verdict"]').text()).toContain('介绍信真实有效，可以办理接收');
    expect(page.text()).toContain('林*东');
  });

  it('reads a used or expired letter as genuine but not to be accepted, with the reason', async () => {
    vi.stubGlobal('fetch', async () => json(200, { number: 'KS2026-000124', memberName: '张*国', transferStatus: 'COMPLETED', validUntil: '2027-03-01', acceptable: false }));

    const page = await visit('/letters/KS2026-000124?code=abc');

    expect(page.find('[data-test="letter-verdict"]').text()).toContain('现在不能凭此办理');
    expect(page.find('[data-test="letter-verdict"]').text()).toContain('已报到');
  });
});
