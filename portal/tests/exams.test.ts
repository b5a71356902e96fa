import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Component, nextTick } from 'vue';
import type { Exam, Question } from '@/api/types';
import ExamFormDialog from '@/components/ExamFormDialog.vue';
import ExamPanel from '@/components/ExamPanel.vue';
import QuestionFormDialog from '@/components/QuestionFormDialog.vue';
import StudyPage from '@/pages/StudyPage.vue';
import { type Call, click, json, OWN_ORG, serve, signedInAs, type } from './support/fake-api';

/** Clicks the radio button or checkbox of a group whose text is this label. */
async function choose(within: string, label: string) {
  const option = [...document.querySelectorAll<HTMLElement>(`${within} label`)].find((l) => l.textContent?.trim() === label);
  if (!option) throw new Error(`no "${label}" in ${within}`);
  option.querySelector<HTMLInputElement>('input')!.click();
  await nextTick();
}

async function check(selector: string) {
  document.querySelector<HTMLInputElement>(`${selector} input`)!.click();
  await nextTick();
}

/** Mounts a dialog closed and opens it, as a page does (the dialog readies itself on opening). */
async function open(component: Component) {
  const wrapper = mount(component, { props: { modelValue: false }, attachTo: document.body });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return wrapper;
}

const sent = (calls: Call[], path: string) => {
  const call = calls.find((c) => c.method === 'POST' && c.path === path);
  return call ? JSON.parse(call.body) : undefined;
};

const single: Question = {
  id: '901', kind: 'SINGLE', stem: '党的最高理想和最终目标是什么？', options: ['实现共产主义', '实现小康', '发展经济'], correct: [0],
  tags: ['党章'], difficulty: 1, orgId: '10',
};
const multiple: Question = {
  id: '902', kind: 'MULTIPLE', stem: '党员的义务包括哪些？', options: ['学习党的理论', '参加党组织活动', '只在年底汇报', '执行党的决定'], correct: [3, 0],
  tags: ['党章', '党员义务'], difficulty: 2, orgId: '10',
};
const truth: Question = { id: '903', kind: 'TRUE_FALSE', stem: '入党申请人须年满十八岁。', options: ['正确', '错误'], correct: [1], tags: [], difficulty: 1, orgId: '10' };
const fill: Question = { id: '904', kind: 'FILL', stem: '党的根本宗旨是全心全意为____服务。', accepted: ['人民', '人民群众'], tags: ['党章'], difficulty: 3, orgId: '10' };
const page = (items: Question[]) => ({ items, total: items.length, page: 1, size: 20 });

const draft: Exam = {
  id: '801', title: '2026年党员学习测试', kind: 'GENERAL', orgId: '10', status: 'DRAFT', durationMinutes: 60, passScore: 60, maxAttempts: 3,
  questions: 10, draws: [{ tag: '党章', count: 10 }],
};
const published: Exam = {
  id: '802', title: '入党积极分子统一考试', kind: 'ACTIVIST', orgId: '10', status: 'PUBLISHED', durationMinutes: 90, passScore: 80, maxAttempts: 2,
  questions: 2, questionIds: ['901', '902'], publishedAt: '2026-12-02T01:30:00Z',
};

describe('the question bank', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('sends a true/false question as correct [1] for 错误, without options', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({ 'GET /api/orgs/10': () => json(200, OWN_ORG), 'POST /api/learning/questions': () => json(201, truth) });
    const wrapper = await open(QuestionFormDialog);

    await choose('[data-test="question-kind"]', '判断题');
    type('textarea[name="questionStem"]', '入党申请人须年满十八岁。');
    await choose('[data-test="question-truth"]', '错误');
    click('[data-test="question-save"]');
    await flushPromises();

    // the caller's own bank, preselected; the service supplies 正确/错误 as the options itself
    expect(sent(calls, '/api/learning/questions')).toEqual({
      kind: 'TRUE_FALSE', stem: '入党申请人须年满十八岁。', tags: [], difficulty: 2, orgId: '10', correct: [1],
    });
    expect(wrapper.emitted('created')?.[0]).toEqual([truth]);
  });

  it('sends a true/false question marked 正确 as correct [0]', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({ 'GET /api/orgs/10': () => json(200, OWN_ORG), 'POST /api/learning/questions': () => json(201, truth) });
    await open(QuestionFormDialog);
    await choose('[data-test="question-kind"]', '判断题');
    type('textarea[name="questionStem"]', '入党申请人须年满十八岁。');
    await choose('[data-test="question-truth"]', '正确');
    click('[data-test="question-save"]');
    await flushPromises();

    const body = sent(calls, '/api/learning/questions');
    expect(body.correct).toEqual([0]);
    expect(body).not.toHaveProperty('options');
    expect(body).not.toHaveProperty('accepted');
  });

  it('sends a multiple-choice question with the indices of the options ticked, its tags and difficulty', async () => {
    signedInAs('CITY_ADMIN');
    const calls = serve({ 'GET /api/orgs/10': () => json(200, OWN_ORG), 'POST /api/learning/questions': () => json(201, multiple) });
    const wrapper = await open(QuestionFormDialog);

    await choose('[data-test="question-kind"]', '多选题');
    type('textarea[name="questionStem"]', '党员的义务包括哪些？');
    multiple.options!.forEach((o, i) => type(`input[name="option-${i}"]`, o));
    await check('[data-test="option-right-3"]');
    await check('[data-test="option-right-0"]');
    await check('[data-test="option-right-2"]');
    await check('[data-test="option-right-2"]'); // ticked by mistake, and unticked
    expect(document.querySelector('[data-test="question-right-letters"]')?.textContent).toBe('A、D');
    await choose('[data-test="question-difficulty"]', '中');
    (wrapper.vm as unknown as { form: { tags: string[] } }).form.tags = ['党章', '党员义务'];
    await nextTick();
    click('[data-test="question-save"]');
    await flushPromises();

    expect(sent(calls, '/api/learning/questions')).toEqual({
      kind: 'MULTIPLE', stem: '党员的义务包括哪些？', tags: ['党章', '党员义务'], difficulty: 2, orgId: '10',
      options: ['学习党的理论', '参加党组织活动', '只在年底汇报', '执行党的决定'], correct: [0, 3],
    });
  });

  it('moves the marks with their options when an option is removed, and sends a fill-in\'s accepted answers', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({ 'GET /api/orgs/10': () => json(200, OWN_ORG), 'POST /api/learning/questions': () => json(201, fill) });
    await open(QuestionFormDialog);
    await check('[data-test="option-right-2"]');
    click('[data-test="option-remove-0"]');
    await nextTick();
    // what was C is B now
    expect(document.querySelector('[data-test="question-right-letters"]')?.textContent).toBe('B');

    await choose('[data-test="question-kind"]', '填空题');
    type('textarea[name="questionStem"]', '党的根本宗旨是全心全意为____服务。');
    type('input[name="accepted-0"]', ' 人民 ');
    click('[data-test="accepted-add"]');
    await nextTick();
    type('input[name="accepted-1"]', '人民群众');
    click('[data-test="question-save"]');
    await flushPromises();

    const body = sent(calls, '/api/learning/questions');
    expect(body).toMatchObject({ kind: 'FILL', accepted: ['人民', '人民群众'] });
    expect(body).not.toHaveProperty('options');
    expect(body).not.toHaveProperty('correct');
  });

  it("shows the service's reason at the field it names, and stays open with what was typed", async () => {
    signedInAs('ORG_ADMIN');
    serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/questions': () => json(400, {
        title: '请求参数有误', status: 400, code: 'VALIDATION_FAILED', detail: '请按提示改正。',
        errors: [{ field: 'correct', message: '单选题须有且只有一个正确选项，且在选项范围内' }],
      }),
    });
    const wrapper = await open(QuestionFormDialog);
    type('textarea[name="questionStem"]', '党的最高理想和最终目标是什么？');
    type('input[name="option-0"]', '实现共产主义');
    click('[data-test="question-save"]');
    await flushPromises();

    expect(document.querySelector('[data-test="question-form-error"]')?.textContent).toContain('请按提示改正。');
    const marked = [...document.querySelectorAll('.el-form-item.is-error')];
    expect(marked).toHaveLength(1);
    expect(marked[0].getAttribute('data-test')).toBe('question-correct');
    expect(wrapper.emitted('created')).toBeUndefined();
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    expect(document.querySelector<HTMLInputElement>('input[name="option-0"]')?.value).toBe('实现共产主义');
  });

  it("shows a blank option's reason at that option", async () => {
    signedInAs('ORG_ADMIN');
    serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'POST /api/learning/questions': () => json(400, {
        title: '请求参数有误', status: 400, code: 'VALIDATION_FAILED', detail: '请按提示改正。', errors: [{ field: 'options[1]', message: '不能为空' }],
      }),
    });
    await open(QuestionFormDialog);
    click('[data-test="question-save"]');
    await flushPromises();

    const marked = [...document.querySelectorAll('.el-form-item.is-error')];
    expect(marked).toHaveLength(1);
    expect(marked[0].querySelector('input[name="option-1"]')).not.toBeNull();
  });

  it('lists the bank with each key readable, filtered by kind and tag, and read only for auditors', async () => {
    signedInAs('AUDITOR');
    const calls = serve({
      'GET /api/learning/courses': () => json(200, []),
      'GET /api/learning/questions': () => json(200, page([multiple, truth, fill, single])),
      'GET /api/learning/exams': () => json(200, [draft, published]),
    });
    const wrapper = mount(StudyPage, { attachTo: document.body });
    await flushPromises();
    // the bank is asked for only once its tab is opened
    expect(calls.some((c) => c.path === '/api/learning/questions')).toBe(false);
    (wrapper.vm as unknown as { tab: string }).tab = 'bank';
    await flushPromises();

    const rows = wrapper.findAll('[data-test="question-list"] .el-table__body tr');
    expect(rows).toHaveLength(4);
    expect(rows[0].text()).toContain('多选题');
    expect(rows[0].find('[data-test="question-key"]').text()).toBe('A、D');
    expect(rows[0].text()).toContain('党员义务');
    expect(rows[0].text()).toContain('中');
    expect(rows[1].find('[data-test="question-key"]').text()).toBe('错误');
    expect(rows[2].find('[data-test="question-key"]').text()).toBe('人民 / 人民群众');
    expect(rows[2].text()).toContain('难');
    expect(rows[3].find('[data-test="question-key"]').text()).toBe('A');
    expect(wrapper.find('[data-test="question-create"]').exists()).toBe(false);

    type('input[name="question-tag"]', '党章');
    click('[data-test="question-search"]');
    await flushPromises();
    expect(calls.filter((c) => c.path === '/api/learning/questions').at(-1)?.search).toBe('?tag=%E5%85%9A%E7%AB%A0&page=1&size=20');

    (wrapper.vm as unknown as { tab: string }).tab = 'exams';
    await flushPromises();
    expect(wrapper.findAll('[data-test="exam-list"] .el-table__body tr')).toHaveLength(2);
    expect(wrapper.find('[data-test="exam-create"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="exam-publish"]').exists()).toBe(false);
  });
});

describe('online exams', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('sends a drawn paper as draws only, the open difficulty left out', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({ 'GET /api/orgs/10': () => json(200, OWN_ORG), 'POST /api/learning/exams': () => json(201, draft) });
    const wrapper = await open(ExamFormDialog);

    type('input[name="examTitle"]', '2026年党员学习测试');
    type('input[name="draw-tag-0"]', '党章');
    type('input[name="draw-count-0"]', '8');
    click('[data-test="draw-add"]');
    await nextTick();
    type('input[name="draw-count-1"]', '2');
    (wrapper.vm as unknown as { draws: { difficulty?: number }[] }).draws[1].difficulty = 3;
    await nextTick();
    expect(document.querySelector('[data-test="exam-paper-size"]')?.textContent).toBe('10');
    click('[data-test="exam-save"]');
    await flushPromises();

    const body = sent(calls, '/api/learning/exams');
    expect(body).toEqual({
      title: '2026年党员学习测试', kind: 'GENERAL', orgId: '10', durationMinutes: 60, passScore: 60, maxAttempts: 3,
      draws: [{ tag: '党章', count: 8 }, { difficulty: 3, count: 2 }],
    });
    expect(body).not.toHaveProperty('questionIds');
    expect(wrapper.emitted('created')?.[0]).toEqual([draft]);
  });

  it('sends a fixed paper as the question ids picked, in the order picked, and no draws', async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'GET /api/learning/questions': () => json(200, page([single, multiple, truth])),
      'POST /api/learning/exams': () => json(201, published),
    });
    await open(ExamFormDialog);
    type('input[name="examTitle"]', '入党积极分子统一考试');
    await choose('[data-test="exam-paper-kind"]', '固定试卷');
    await flushPromises();
    const picks = document.querySelectorAll<HTMLElement>('[data-test="chooser-question"] input');
    expect(picks).toHaveLength(3);
    picks[1].click();
    await nextTick();
    picks[0].click();
    await nextTick();
    expect(document.querySelector('[data-test="chooser-count"]')?.textContent).toBe('2');
    click('[data-test="exam-save"]');
    await flushPromises();

    const body = sent(calls, '/api/learning/exams');
    expect(body.questionIds).toEqual(['902', '901']);
    expect(body).not.toHaveProperty('draws');
  });

  it("shows a rule's reason at its field and a paper's at the paper, and stays open", async () => {
    signedInAs('ORG_ADMIN');
    const refusals = [
      [{ field: 'draws[0].count', message: '最小不能小于1' }],
      [{ field: 'questionIds', message: '请选择固定试题或填写抽题规则，二者选其一' }],
    ];
    serve({
      'GET /api/orgs/10': () => json(200, OWN_ORG),
      'GET /api/learning/questions': () => json(200, page([])),
      'POST /api/learning/exams': () => json(400, {
        title: '请求参数有误', status: 400, code: 'VALIDATION_FAILED', detail: '请按提示改正。', errors: refusals.shift(),
      }),
    });
    const wrapper = await open(ExamFormDialog);
    const innermost = () => [...document.querySelectorAll('.el-form-item.is-error')].filter((e) => !e.querySelector('.el-form-item.is-error'));

    click('[data-test="exam-save"]');
    await flushPromises();
    expect(innermost()).toHaveLength(1);
    expect(innermost()[0].querySelector('input[name="draw-count-0"]')).not.toBeNull();

    await choose('[data-test="exam-paper-kind"]', '固定试卷');
    await flushPromises();
    click('[data-test="exam-save"]');
    await flushPromises();
    expect(innermost()).toHaveLength(1);
    expect(innermost()[0].getAttribute('data-test')).toBe('exam-paper');
    expect(document.querySelector('[data-test="exam-form-error"]')?.textContent).toContain('请按提示改正。');
    expect(wrapper.emitted('created')).toBeUndefined();
  });

  it("publishes after confirming, and shows the service's refusal when the bank is short", async () => {
    signedInAs('ORG_ADMIN');
    const calls = serve({
      'GET /api/learning/exams': () => json(200, [draft, published]),
      'POST /api/learning/exams/801/publish': () => json(409, {
        title: '冲突', status: 409, code: 'LEARNING_EXAM_PAPER_UNFILLABLE', detail: '题库中符合规则的试题不足，无法组成10道题的试卷',
      }),
    });
    const wrapper = mount(ExamPanel, { props: { administrator: true }, attachTo: document.body });
    await flushPromises();
    const rows = wrapper.findAll('[data-test="exam-list"] .el-table__body tr');
    expect(rows[0].text()).toContain('党员学习测试');
    expect(rows[0].text()).toContain('草稿');
    expect(rows[0].text()).toContain('10 题（随机组卷）');
    expect(rows[1].text()).toContain('入党积极分子考试');
    expect(rows[1].text()).toContain('已发布');
    expect(rows[1].text()).toContain('2026-12-02 09:30');
    expect(wrapper.findAll('[data-test="exam-publish"]')).toHaveLength(1);

    await wrapper.find('[data-test="exam-publish"]').trigger('click');
    await flushPromises();
    expect(document.querySelector('.el-message-box')?.textContent).toContain('2026年党员学习测试');
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click();
    await flushPromises();

    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/learning/exams/801/publish')).toBe(true);
    expect(wrapper.find('[data-test="exam-error"]').text()).toContain('题库中符合规则的试题不足，无法组成10道题的试卷');
    expect(wrapper.find('[data-test="exam-notice"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="exam-publish"]')).toHaveLength(1);
  });

  it('publishes a draft and shows it published', async () => {
    signedInAs('ORG_ADMIN');
    let list = [draft];
    serve({
      'GET /api/learning/exams': () => json(200, list),
      'POST /api/learning/exams/801/publish': () => {
        list = [{ ...draft, status: 'PUBLISHED', publishedAt: '2026-12-05T02:00:00Z' }];
        return json(200, list[0]);
      },
    });
    const wrapper = mount(ExamPanel, { props: { administrator: true }, attachTo: document.body });
    await flushPromises();
    await wrapper.find('[data-test="exam-publish"]').trigger('click');
    await flushPromises();
    document.querySelector<HTMLButtonElement>('.el-message-box__btns .el-button--primary')!.click();
    await flushPromises();

    expect(wrapper.find('[data-test="exam-notice"]').text()).toContain('已发布');
    expect(wrapper.find('[data-test="exam-status"]').text()).toBe('已发布');
    expect(wrapper.findAll('[data-test="exam-publish"]')).toHaveLength(0);
  });
});
