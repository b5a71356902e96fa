import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/problem';
import { api } from '../src/api/request';
import { session } from '../src/api/session';
import { FakeWx } from './fake-wx';

const fake = new FakeWx();
fake.install();

describe('the request layer', () => {
  beforeEach(() => {
    fake.reset();
    session.save({ accessToken: 'old-access', refreshToken: 'refresh-1' });
  });

  it('sends the access token and fills the path and query from the typed options', async () => {
    fake.routes['GET /api/learning/members/42/class-hours'] = { status: 200, body: { hours: 3 } };
    const hours = await api.get('/api/learning/members/{memberId}/class-hours', { path: { memberId: '42' }, query: { year: 2026 } });
    expect(hours.hours).toBe(3);
    const [sent] = fake.sent;
    expect(sent.url).toBe('http://127.0.0.1:8080/api/learning/members/42/class-hours?year=2026');
    expect(sent.header.Authorization).toBe('Bearer old-access');
    expect(sent.header['Accept-Language']).toBe('zh-CN');
  });

  it('renews an expired token once for calls refused together, then sends each call again', async () => {
    fake.routes['GET /api/members/me'] = (sent) => (sent.header.Authorization === 'Bearer new-access'
      ? { status: 200, body: { name: '王红' } } : { status: 401, body: { code: 'TOKEN_EXPIRED', detail: '令牌已过期' } });
    fake.routes['GET /api/learning/my/courses'] = (sent) => (sent.header.Authorization === 'Bearer new-access'
      ? { status: 200, body: [] } : { status: 401, body: { code: 'TOKEN_EXPIRED' } });
    fake.routes['POST /api/auth/refresh'] = { status: 200, body: { accessToken: 'new-access', refreshToken: 'refresh-2' } };

    const [me, courses] = await Promise.all([api.get('/api/members/me'), api.get('/api/learning/my/courses')]);

    expect(me.name).toBe('王红');
    expect(courses).toEqual([]);
    expect(fake.calls('POST', '/api/auth/refresh')).toHaveLength(1);
    expect(fake.calls('POST', '/api/auth/refresh')[0].data).toEqual({ refreshToken: 'refresh-1' });
    expect(session.refresh()).toBe('refresh-2');
  });

  it('takes the member to the login page when the session cannot be renewed', async () => {
    fake.routes['GET /api/members/me'] = { status: 401, body: { code: 'TOKEN_EXPIRED' } };
    fake.routes['POST /api/auth/refresh'] = { status: 401, body: { code: 'REFRESH_TOKEN_INVALID', detail: '登录已失效' } };

    await expect(api.get('/api/members/me')).rejects.toBeInstanceOf(ApiError);

    expect(session.signedIn()).toBe(false);
    expect(fake.navigations).toEqual(['reLaunch /pages/login/login']);
  });

  it('does not renew on a refused login: the wrong code is the member\'s to correct', async () => {
    fake.routes['POST /api/auth/sms-login'] = { status: 401, body: { code: 'BAD_CODE', detail: '验证码不正确或已过期' } };

    const refused = await api.post('/api/auth/sms-login', { body: { phone: '13800000000', code: '000000' } })
      .catch((e: ApiError) => e);

    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).message).toBe('验证码不正确或已过期');
    expect(fake.calls('POST', '/api/auth/refresh')).toHaveLength(0);
    expect(fake.sent[0].data).toEqual({ phone: '13800000000', code: '000000' });
  });

  it('gives the problem\'s detail and each field\'s reason, and a plain sentence when the network is down', async () => {
    fake.routes['POST /api/auth/sms-code'] = { status: 400, body: { code: 'VALIDATION_FAILED', detail: '请求有误',
      errors: [{ field: 'phone', message: '手机号应为11位数字' }] } };
    const invalid = await api.post('/api/auth/sms-code', { body: { phone: '123' } }).catch((e: ApiError) => e);
    expect((invalid as ApiError).fieldMessage('phone')).toBe('手机号应为11位数字');

    fake.routes['GET /api/members/me'] = { status: 0 };
    const offline = await api.get('/api/members/me').catch((e: ApiError) => e);
    expect((offline as ApiError).message).toBe('网络不通，请检查网络后重试。');
    expect((offline as ApiError).code).toBe('OFFLINE');
  });
});
