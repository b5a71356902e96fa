import { describe, expect, it } from 'vitest';
import { ApiError, messageOf } from '@/api/problem';

describe('ApiError', () => {
  it('shows the problem detail to the user and keeps each field reason for its field', () => {
    const error = ApiError.from(400, {
      title: '请求有误',
      status: 400,
      code: 'VALIDATION_FAILED',
      detail: '有 1 个字段不符合要求。',
      errors: [{ field: 'code', message: '组织编码格式不正确' }],
    });
    expect(error.message).toBe('有 1 个字段不符合要求。');
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldMessage('code')).toBe('组织编码格式不正确');
    expect(error.fieldMessage('name')).toBeUndefined();
    expect(error.fieldMessages()).toEqual({ code: '组织编码格式不正确' });
  });

  it('says the service is unavailable, in Chinese, when a 503 has no problem body', () => {
    const error = ApiError.from(503, 'Service Unavailable');
    expect(error.message).toContain('服务暂时不可用');
    expect(error.code).toBe('UNAVAILABLE');
  });

  it('never shows a stack or an English exception text for an unexpected error', () => {
    expect(messageOf(new Error('NullPointerException at Foo.java:12'))).toBe('出现了意外错误，请刷新页面后重试。');
    expect(messageOf(new TypeError('Failed to fetch'))).toContain('无法连接服务器');
  });
});
