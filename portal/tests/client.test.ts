import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { authorisedFetch, memberApi, ok, onSessionLost } from '@/api/client';
import { ApiError } from '@/api/problem';
import { tokens } from '@/api/tokens';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

const expired = { title: '令牌已过期', status: 401, code: 'TOKEN_EXPIRED', detail: '登录已过期。' };

describe('session renewal', () => {
  let calls: { url: string; auth: string | null; body: string }[];

  beforeEach(() => {
    calls = [];
    tokens.save({ accessToken: 'old-access', refreshToken: 'refresh-1' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    tokens.clear();
  });

  function serve(handler: (url: string, auth: string | null) => Response) {
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(new URL(String(input), location.href), init);
      const url = new URL(request.url).pathname;
      const auth = request.headers.get('Authorization');
      calls.push({ url, auth, body: await request.clone().text() });
      return handler(url, auth);
    });
  }

  it('renews an expired token once and sends the refused call again, body and all', async () => {
    serve((url, auth) => {
      if (url === '/api/auth/refresh') return json(200, { accessToken: 'new-access', refreshToken: 'refresh-2', expiresIn: 900 });
      return auth === 'Bearer new-access' ? json(200, { id: '7', name: '张伟' }) : json(401, expired);
    });

    const request = new Request(`${location.origin}/api/members/7`, { method: 'PATCH', body: '{"name":"张伟"}' });
    const response = await authorisedFetch(request);

    expect(response.status).toBe(200);
    expect(calls.map((c) => c.url)).toEqual(['/api/members/7', '/api/auth/refresh', '/api/members/7']);
    expect(calls[2]).toMatchObject({ auth: 'Bearer new-access', body: '{"name":"张伟"}' });
    expect(tokens.refresh()).toBe('refresh-2');
  });

  it('shares one renewal among calls refused at the same moment', async () => {
    serve((url, auth) => {
      if (url === '/api/auth/refresh') return json(200, { accessToken: 'new-access', refreshToken: 'refresh-2' });
      return auth === 'Bearer new-access' ? json(200, { items: [], total: 0 }) : json(401, expired);
    });

    await Promise.all([
      ok(memberApi.GET('/api/members', { params: { query: {} } })),
      ok(memberApi.GET('/api/members/stats', { params: { query: {} } })),
      ok(memberApi.GET('/api/members', { params: { query: { q: '张' } } })),
    ]);

    expect(calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session and reports it when the refresh token is refused too', async () => {
    const lost = vi.fn();
    onSessionLost(lost);
    serve((url) => (url === '/api/auth/refresh' ? json(401, expired) : json(401, expired)));

    await expect(ok(memberApi.GET('/api/members/{id}', { params: { path: { id: '7' } } }))).rejects.toBeInstanceOf(ApiError);

    expect(lost).toHaveBeenCalledOnce();
    expect(tokens.access()).toBeNull();
  });

  it('does not try to renew a refused login', async () => {
    serve(() => json(401, { title: '用户名或密码错误', status: 401, code: 'BAD_CREDENTIALS', detail: '用户名或密码错误。' }));
    const response = await authorisedFetch(new Request(`${location.origin}/api/auth/login`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(401);
    expect(calls).toHaveLength(1);
  });
});
