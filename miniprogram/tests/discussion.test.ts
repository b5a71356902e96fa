// Course discussion as a member sees it: threads, a new thread refused for a listed word, replies and reports.
import { describe, expect, it } from 'vitest';
import { until } from './fake-wx';
import { fake, open, text } from './render';

const thread = { id: '31', courseId: '9', title: '如何理解“两个确立”', body: '请大家谈谈体会。', authorName: '王红',
  authorOrgName: '城东社区第一支部', createdAt: '2026-12-06T12:00:00Z', replyCount: 1 };

describe('课程讨论 (course discussion)', () => {
  it('lists the course\'s threads with author, branch and replies', async () => {
    fake.routes['GET /api/learning/my/courses/9/threads'] = { status: 200, body: [thread] };
    const page = open('discussion/threads', { courseId: '9' });
    await until(() => expect(text(page)).toContain('如何理解“两个确立”'));
    expect(text(page)).toContain('王红 · 城东社区第一支部 · 2026-12-06 20:00 · 1 条回复');
  });

  it('invites the first post when there is none, and shows the listed word beside the field it is in', async () => {
    fake.routes['GET /api/learning/my/courses/9/threads'] = { status: 200, body: [] };
    fake.routes['POST /api/learning/my/courses/9/threads'] = { status: 400, body: { code: 'VALIDATION_FAILED', detail: '请求有误',
      errors: [{ field: 'body', message: '内容含有不允许的词语：代开发票' }] } };
    const page = open('discussion/threads', { courseId: '9' });
    await until(() => expect(text(page)).toContain('来写第一帖吧'));

    page.querySelector('.post')!.dispatchEvent('click');
    await until(() => expect(text(page)).toContain('请填写标题'));
    expect(fake.calls('POST', '/api/learning/my/courses/9/threads')).toHaveLength(0);

    page.instance.setData({ title: '求助', body: '代开发票联系我' });
    page.querySelector('.post')!.dispatchEvent('click');
    await until(() => expect(text(page)).toContain('内容含有不允许的词语：代开发票'));
    expect(fake.calls('POST', '/api/learning/my/courses/9/threads')[0].data).toEqual({ title: '求助', body: '代开发票联系我' });
  });

  it('shows a thread with its replies, sends a reply and reports a post with a reason', async () => {
    let replies = [{ id: '32', threadId: '31', body: '坚定拥护。', authorName: '李军', authorOrgName: '城西社区支部', createdAt: '2026-12-06T13:00:00Z' }];
    fake.routes['GET /api/learning/my/threads/31'] = () => ({ status: 200, body: { thread, replies } });
    fake.routes['POST /api/learning/my/threads/31/replies'] = (sent) => {
      replies = [...replies, { id: '33', threadId: '31', body: (sent.data as { body: string }).body, authorName: '我', authorOrgName: '城东社区第一支部', createdAt: '2026-12-07T01:00:00Z' }];
      return { status: 201, body: replies.at(-1) };
    };
    fake.routes['POST /api/learning/my/posts/32/report'] = { status: 204 };
    const page = open('discussion/thread', { id: '31' });
    await until(() => expect(text(page)).toContain('坚定拥护。'));
    expect(text(page)).toContain('1 条回复');

    page.instance.setData({ reply: '学习了，收获很大' });
    page.querySelector('.send')!.dispatchEvent('click');
    await until(() => expect(text(page)).toContain('2 条回复'));
    expect(text(page)).toContain('学习了，收获很大');

    fake.modalAnswer = { confirm: true, content: '与课程无关' };
    page.querySelectorAll('.report')[1].dispatchEvent('tap');
    await until(() => expect(text(page, '.notice')).toBe('已举报，支部管理员会处理。'));
    expect(fake.calls('POST', '/api/learning/my/posts/32/report')[0].data).toEqual({ reason: '与课程无关' });
  });
});
