// What the page tests share: a fake of the gateway answering by method and path (every call recorded), a signed-in
// session, and typing and clicking as a user does.
import { vi } from 'vitest';
import { useSession } from '@/stores/session';

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
}

export type Call = { method: string; path: string; search: string; body: string };

/** Answers each call by its method and path; unknown ones get 404. */
export function serve(answers: Record<string, () => Response>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
    const url = new URL(request.url);
    calls.push({ method: request.method, path: url.pathname, search: url.search, body: request.method === 'GET' ? '' : await request.text() });
    const answer = answers[`${request.method} ${url.pathname}`];
    return answer ? answer() : json(404, { title: '不存在', status: 404, code: 'NOT_FOUND', detail: '没有找到。' });
  });
  return calls;
}

export function signedInAs(...roles: ('CITY_ADMIN' | 'ORG_ADMIN' | 'AUDITOR')[]) {
  useSession().me = { accountId: '1', username: 'admin', orgId: '10', roles };
}

export const OWN_ORG = { id: '10', name: '中共昆山市委员会', shortName: '昆山市委', code: '320583' };

export function type(selector: string, value: string) {
  const input = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
}

export function click(selector: string) {
  document.querySelector<HTMLElement>(selector)!.click();
}
