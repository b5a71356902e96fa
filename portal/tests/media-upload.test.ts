import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { uploadMedia } from '@/api/mediaUpload';
import CourseFormDialog from '@/components/CourseFormDialog.vue';
import { click, json, OWN_ORG, serve, signedInAs, type } from './support/fake-api';

const started = { id: '77', fileName: '专家讲座.mp4', size: '10', status: 'UPLOADING', partSize: 4, partCount: 3, partsReceived: [] };
const ready = { ...started, status: 'READY', contentType: 'video/mp4' };
const noContent = () => new Response(null, { status: 204 });

function pick(selector: string, file: File) {
  const input = document.querySelector<HTMLInputElement>(selector)!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
}

async function openDialog() {
  const wrapper = mount(CourseFormDialog, { props: { modelValue: false }, attachTo: document.body });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
}

/** The course's other fields filled in, and saved. */
async function saveCourse() {
    type('input[name="courseTitle"]', '专家讲座');
    type('input[name="chapter-title-0"]', '第一讲');
    type('input[name="lesson-title-0-0"]', '基层治理');
    type('input[name="lesson-minutes-0-0"]', '60');
    await nextTick();
    click('[data-test="course-save"]');
    await flushPromises();
}

describe("a lesson's file", () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('goes up in the parts the service asks for, a part that failed sent again, then is completed', async () => {
    signedInAs('ORG_ADMIN');
    let secondPartTries = 0;
    let thirdPartTries = 0;
    const calls = serve({
      'POST /api/learning/media': () => json(201, started),
      'PUT /api/learning/media/77/parts/1': noContent,
      'PUT /api/learning/media/77/parts/2': () => (++secondPartTries === 1
        ? json(503, { title: '服务暂不可用', status: 503, code: 'SERVICE_UNAVAILABLE', detail: '请稍后重试。' }) : noContent()),
      'PUT /api/learning/media/77/parts/3': () => {
        if (++thirdPartTries === 1) throw new TypeError('Failed to fetch'); // the connection dropped
        return noContent();
      },
      'POST /api/learning/media/77/complete': () => json(200, ready),
    });
    const shares: number[] = [];

    const media = await uploadMedia(new File(['0123456789'], '专家讲座.mp4'), '10', (s) => shares.push(s));

    expect(media.status).toBe('READY');
    expect(JSON.parse(calls[0].body)).toEqual({ fileName: '专家讲座.mp4', size: '10', orgId: '10' });
    const parts = calls.filter((c) => c.method === 'PUT');
    expect(parts.map((c) => `${c.path.split('/').pop()}:${c.body}`)).toEqual(['1:0123', '2:4567', '2:4567', '3:89', '3:89']);
    expect(calls.at(-1)?.path).toBe('/api/learning/media/77/complete');
    expect(shares).toEqual([0, 1 / 3, 2 / 3, 1]);
  });

  it('refused by the service stops at once, its reason shown at the lesson, and the course goes without it', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/media': () => json(201, { ...started, partCount: 1, size: '4' }),
      'PUT /api/learning/media/77/parts/1': noContent,
      'POST /api/learning/media/77/complete': () => json(415, {
        title: '不支持的文件类型', status: 415, code: 'LEARNING_MEDIA_NOT_PLAYABLE',
        detail: '只能上传MP4视频、MP3或M4A音频和PDF文档（此文件为text/plain）',
      }),
      'POST /api/learning/courses': () => json(201, {}),
    });
    await openDialog();

    pick('input[name="lesson-media-0-0-file"]', new File(['text'], '讲座.mp4'));
    await flushPromises();

    expect(document.querySelector('[data-test="lesson-media-0-0-error"]')?.textContent).toContain('此文件为text/plain');
    expect(calls.filter((c) => c.path === '/api/learning/media/77/complete')).toHaveLength(1);
    await saveCourse();
    const lesson = JSON.parse(calls.find((c) => c.path === '/api/learning/courses')!.body).chapters[0].lessons[0];
    expect(lesson.mediaId).toBeUndefined();
  });

  it('uploaded, is named by its lesson when the course is saved', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/media': () => json(201, { ...started, partCount: 1, size: '4' }),
      'PUT /api/learning/media/77/parts/1': noContent,
      'POST /api/learning/media/77/complete': () => json(200, ready),
      'POST /api/learning/courses': () => json(201, {}),
    });
    await openDialog();

    pick('input[name="lesson-media-0-0-file"]', new File(['mp4!'], '专家讲座.mp4'));
    await flushPromises();
    expect(document.querySelector('[data-test="lesson-media-0-0-done"]')?.textContent).toContain('专家讲座.mp4');
    await saveCourse();

    const lesson = JSON.parse(calls.find((c) => c.path === '/api/learning/courses')!.body).chapters[0].lessons[0];
    expect(lesson).toEqual({ title: '基层治理', kind: 'VIDEO', durationSeconds: 3600, classHours: 1, mediaId: '77' });
  });
});
