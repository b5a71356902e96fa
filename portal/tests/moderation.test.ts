import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DiscussionPost } from '@/api/types';
import DiscussionModerationPanel from '@/components/DiscussionModerationPanel.vue';
import { json, serve, signedInAs } from './support/fake-api';

const reported: DiscussionPost = {
  id: '5', courseId: '1', courseTitle: '学习贯彻全会精神', title: '转发', body: '兼职日结，私信我', authorName: '陶建平',
  authorOrgName: '城北社区党支部', replyCount: 0, createdAt: '2026-12-07T02:00:00Z', status: 'VISIBLE', reportCount: 2,
  reportReasons: ['兼职广告', '与课程无关'],
};

describe('discussion moderation', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('puts the reported posts with their reasons first and keeps one when the administrator says so', async () => {
    signedInAs('ORG_ADMIN');
    let kept = false;
    const calls = serve({
      'GET /api/learning/discussion/posts': () => json(200, kept ? [] : [reported]),
      'GET /api/learning/discussion/sensitive-words': () => json(200, [{ id: '1', word: '赌博' }]),
      'POST /api/learning/discussion/posts/5/restore': () => {
        kept = true;
        return json(200, { ...reported, reportCount: 0 });
      },
    });
    const wrapper = mount(DiscussionModerationPanel, { props: { administrator: true }, attachTo: document.body });
    await flushPromises();

    expect(new URLSearchParams(calls.find((c) => c.path === '/api/learning/discussion/posts')!.search).get('which')).toBe('REPORTED');
    const post = wrapper.find('[data-test="moderation-post"]');
    expect(post.text()).toContain('陶建平（城北社区党支部）');
    expect(post.text()).toContain('兼职广告；与课程无关');
    expect(post.find('[data-test="post-reports"]').text()).toBe('被举报 2 次');
    expect(wrapper.find('[data-test="sensitive-words"]').text()).toContain('赌博');
    expect(wrapper.find('input[name="sensitiveWord"]').exists()).toBe(false);

    await post.find('[data-test="post-keep"]').trigger('click');
    await flushPromises();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/learning/discussion/posts/5/restore')).toBe(true);
    expect(wrapper.find('[data-test="moderation-notice"]').text()).toContain('已保留');
    expect(wrapper.findAll('[data-test="moderation-post"]')).toHaveLength(0);
  });

  it('lets the city administrator add a word', async () => {
    signedInAs('CITY_ADMIN');
    const calls = serve({
      'GET /api/learning/discussion/posts': () => json(200, []),
      'GET /api/learning/discussion/sensitive-words': () => json(200, []),
      'POST /api/learning/discussion/sensitive-words': () => json(201, { id: '2', word: '网络赌博' }),
    });
    const wrapper = mount(DiscussionModerationPanel, { props: { administrator: true }, attachTo: document.body });
    await flushPromises();
    await wrapper.find('input[name="sensitiveWord"]').setValue(' 网络赌博 ');
    await wrapper.find('[data-test="sensitive-word-add"]').trigger('click');
    await flushPromises();
    const added = calls.find((c) => c.method === 'POST' && c.path === '/api/learning/discussion/sensitive-words');
    expect(JSON.parse(added!.body)).toEqual({ word: '网络赌博' });
  });
});
