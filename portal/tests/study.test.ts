import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { ClassHours, Course } from '@/api/types';
import CourseFormDialog from '@/components/CourseFormDialog.vue';
import StudyPage from '@/pages/StudyPage.vue';
import { click, json, OWN_ORG, serve, signedInAs, type } from './support/fake-api';

async function openDialog() {
  const wrapper = mount(CourseFormDialog, { props: { modelValue: false }, attachTo: document.body });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return wrapper;
}

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

const draft: Course = {
  id: '501', title: '学习贯彻党的二十大精神', orgId: '10', status: 'DRAFT', classHours: 1.5,
  chapters: [{
    id: '601', title: '第一讲', releaseOn: '2026-12-01', released: true,
    lessons: [
      { id: '701', title: '中国式现代化', kind: 'VIDEO', durationSeconds: 1500, classHours: 1 },
      { id: '702', title: '读原文', kind: 'ARTICLE', durationSeconds: 600, classHours: 0.5 },
    ],
  }],
};
const published: Course = { ...draft, id: '502', title: '党章学习', status: 'PUBLISHED', audience: 'LEADERS', publishedAt: '2026-12-02T01:30:00Z' };

describe('the Party school', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('sends a course with its chapters and lessons, lengths entered in minutes sent in seconds', async () => {
    signedInAs('CITY_ADMIN');
    const calls = serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/courses': () => json(201, draft),
    });
    const wrapper = await openDialog();

    type('input[name="courseTitle"]', '学习贯彻党的二十大精神');
    type('input[name="chapter-title-0"]', '第一讲');
    type('input[name="lesson-title-0-0"]', '中国式现代化');
    type('input[name="lesson-minutes-0-0"]', '25');
    click('[data-test="lesson-add-0"]');
    await nextTick();
    type('input[name="lesson-title-0-1"]', '读原文');
    type('input[name="lesson-minutes-0-1"]', '10');
    type('input[name="lesson-hours-0-1"]', '0.5');
    await nextTick();
    click('[data-test="course-save"]');
    await flushPromises();

    const sent = calls.find((c) => c.method === 'POST');
    expect(sent?.path).toBe('/api/learning/courses');
    expect(JSON.parse(sent!.body)).toEqual({
      title: '学习贯彻党的二十大精神',
      // the caller's organisation, preselected, for all its members
      orgId: '10',
      audience: 'MEMBERS',
      chapters: [{
        title: '第一讲',
        releaseOn: today,
        lessons: [
          { title: '中国式现代化', kind: 'VIDEO', durationSeconds: 1500, classHours: 1 },
          { title: '读原文', kind: 'VIDEO', durationSeconds: 600, classHours: 0.5 },
        ],
      }],
    });
    expect(wrapper.emitted('created')?.[0]).toEqual([draft]);
  });

  it('sends a course for secretaries and committee members only when the administrator chooses it', async () => {
    signedInAs('CITY_ADMIN');
    const calls = serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/courses': () => json(201, draft),
    });
    await openDialog();

    type('input[name="courseTitle"]', '书记履职能力提升');
    click('[data-test="course-audience-LEADERS"] input');
    type('input[name="chapter-title-0"]', '第一讲');
    type('input[name="lesson-title-0-0"]', '抓班子带队伍');
    type('input[name="lesson-minutes-0-0"]', '30');
    await nextTick();
    click('[data-test="course-save"]');
    await flushPromises();

    expect(JSON.parse(calls.find((c) => c.method === 'POST')!.body).audience).toBe('LEADERS');
  });

  it("shows the service's reason for a nested lesson field at that lesson's field, and stays open", async () => {
    signedInAs('ORG_ADMIN');
    serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/courses': () => json(400, {
        title: '请求参数有误', status: 400, code: 'VALIDATION_FAILED', detail: '请按提示改正。',
        errors: [{ field: 'chapters[0].lessons[1].durationSeconds', message: '不能为空' }],
      }),
    });
    const wrapper = await openDialog();
    click('[data-test="lesson-add-0"]');
    await nextTick();

    click('[data-test="course-save"]');
    await flushPromises();

    expect(document.querySelector('[data-test="course-form-error"]')?.textContent).toContain('请按提示改正。');
    const marked = [...document.querySelectorAll('.el-form-item.is-error')];
    expect(marked).toHaveLength(1);
    // the second lesson's minutes, not the first lesson's
    expect(marked[0].querySelector('input[name="lesson-minutes-0-1"]')).not.toBeNull();
    expect(marked[0].closest('[data-test="lesson-0-1"]')).not.toBeNull();
    expect(wrapper.emitted('created')).toBeUndefined();
  });

  it("lists the subtree's courses with their status, and offers publishing drafts to administrators only", async () => {
    signedInAs('AUDITOR');
    serve({ 'GET /api/learning/courses': () => json(200, [draft, published]) });
    const wrapper = mount(StudyPage, { attachTo: document.body });
    await flushPromises();

    const rows = wrapper.findAll('[data-test="course-list"] .el-table__body tr');
    expect(rows).toHaveLength(2);
    expect(rows[0].text()).toContain('学习贯彻党的二十大精神');
    expect(rows[0].text()).toContain('草稿');
    expect(rows[0].text()).toContain('2');
    expect(rows[1].text()).toContain('已发布');
    expect(rows[0].find('[data-test="course-audience-cell"]').text()).toBe('全体党员');
    expect(rows[1].find('[data-test="course-audience-cell"]').text()).toBe('党组织书记和班子成员');
    expect(rows[1].text()).toContain('2026-12-02 09:30');
    // an auditor reads: no new course, no publishing
    expect(wrapper.find('[data-test="course-create"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="course-publish"]').exists()).toBe(false);
  });

  it('publishes a draft after the administrator confirms', async () => {
    signedInAs('ORG_ADMIN');
    let list = [draft, published];
    const calls = serve({
      'GET /api/learning/courses': () => json(200, list),
      'POST /api/learning/courses/501/publish': () => {
        list = [{ ...draft, status: 'PUBLISHED', publishedAt: '2026-12-05T02:00:00Z' }, published];
        return json(200, list[0]);
      },
    });
    const wrapper = mount(StudyPage, { attachTo: document.body });
    await flushPromises();
    expect(wrapper.findAll('[data-test="course-publish"]')).toHaveLength(1);

    await wrapper.find('[data-test="course-publish"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click();
    await flushPromises();

    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/learning/courses/501/publish')).toBe(true);
    expect(wrapper.find('[data-test="study-notice"]').text()).toContain('已发布');
    expect(wrapper.findAll('[data-test="course-publish"]')).toHaveLength(0);
  });

  it("shows a member's class hours as progress, never as a failure, even far below the requirement", async () => {
    signedInAs('AUDITOR');
    const ledger: ClassHours = {
      memberId: '77', name: '张晓明', year: 2026, hours: 4, requiredHours: 32, percent: 12, requirement: 'MEMBER',
      entries: [{ hours: 1, activity: '网上党校：中国式现代化', earnedOn: '2026-11-30' }, { hours: 3, activity: '集中学习', earnedOn: '2026-10-12' }],
    };
    const calls = serve({
      'GET /api/learning/courses': () => json(200, []),
      'GET /api/learning/members/77/class-hours': () => json(200, ledger),
    });
    const wrapper = mount(StudyPage, { attachTo: document.body });
    await flushPromises();
    const vm = wrapper.vm as unknown as { member: string | undefined; year: string; loadHours: () => Promise<void> };
    vm.member = '77';
    vm.year = '2026';
    await vm.loadHours();
    await flushPromises();

    expect(calls.find((c) => c.path === '/api/learning/members/77/class-hours')?.search).toBe('?year=2026');
    const result = wrapper.find('[data-test="class-hours-result"]');
    expect(result.text()).toContain('张晓明');
    expect(result.find('[data-test="class-hours-earned"]').text()).toBe('4 / 32');
    expect(result.find('[data-test="class-hours-leader"]').exists()).toBe(false);
    const progress = result.find('[data-test="class-hours-progress"]');
    expect(progress.text()).toContain('12%');
    expect(progress.classes()).not.toContain('is-exception');
    expect(progress.classes()).not.toContain('is-warning');
    expect(progress.find('.el-progress-bar__inner').attributes('style')).not.toMatch(/danger|#c0392b|rgb\(192, 57, 43\)/);
    expect(wrapper.find('[data-test="class-hours-entries"]').text()).toContain('网上党校：中国式现代化');
  });

  it('fills the bar at the requirement and still tells how far past it the member is', async () => {
    signedInAs('CITY_ADMIN');
    serve({
      'GET /api/learning/courses': () => json(200, []),
      'GET /api/learning/members/77/class-hours': () => json(200, { memberId: '77', name: '张晓明', year: 2026, hours: 70, requiredHours: 56, percent: 125, requirement: 'LEADER', entries: [] }),
    });
    const wrapper = mount(StudyPage, { attachTo: document.body });
    await flushPromises();
    const vm = wrapper.vm as unknown as { member: string | undefined; loadHours: () => Promise<void> };
    vm.member = '77';
    await vm.loadHours();
    await flushPromises();

    expect(wrapper.find('[data-test="class-hours-earned"]').text()).toBe('70 / 56');
    expect(wrapper.find('[data-test="class-hours-leader"]').text()).toBe('书记和班子成员要求');
    const progress = wrapper.find('[data-test="class-hours-progress"]');
    expect(progress.text()).toContain('125%');
    expect(progress.find('.el-progress-bar__inner').attributes('style')).toContain('width: 100%');
    expect(progress.classes()).not.toContain('is-exception');
  });
});
