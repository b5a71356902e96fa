import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import type { RecruitmentCase, StepDefinition } from '@/api/types';
import RecruitmentStepDialog from '@/components/RecruitmentStepDialog.vue';

const talk: StepDefinition = {
  code: 'N02', name: '派人谈话', stage: 'APPLICATION', performer: 'BRANCH', basis: '细则第十条', evidence: 'PHOTO',
  fields: [{ name: 'talker', label: '谈话人', type: 'TEXT', required: true }],
};
const theCase: RecruitmentCase = { id: '41', name: '张晓明', next: { code: 'N02', name: '派人谈话', latestDate: '2026-12-20' } };

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json' } });
}

async function open(step: StepDefinition) {
  const wrapper = mount(RecruitmentStepDialog, { props: { modelValue: false, recruitmentCase: theCase, step, next: theCase.next ?? null }, attachTo: document.body });
  await wrapper.setProps({ modelValue: true });
  await nextTick();
  return wrapper;
}

function type(name: string, value: string) {
  const input = document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('recording a development step', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('uploads the photo to the step first, then records the step with its fields by the catalogue names', async () => {
    const calls: { path: string; body: string }[] = [];
    vi.stubGlobal('fetch', async (request: Request) => {
      const path = new URL(request.url).pathname;
      calls.push({ path, body: path.endsWith('/attachments') ? '' : await request.text() });
      return path.endsWith('/attachments') ? json(201, { id: '9', fileName: 'talk.jpg' }) : json(200, theCase);
    });
    const wrapper = await open(talk);

    expect(document.body.textContent).toContain('最迟记录日期：2026-12-20');
    type('talker', '王书记');
    const input = document.querySelector<HTMLInputElement>('input[name="step-evidence"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['jpeg'], 'talk.jpg', { type: 'image/jpeg' })] });
    input.dispatchEvent(new Event('change'));
    await nextTick();
    document.querySelector<HTMLButtonElement>('[data-test="step-save"]')!.click();
    await flushPromises();

    expect(calls.map((c) => c.path)).toEqual(['/api/recruitment/cases/41/steps/N02/attachments', '/api/recruitment/cases/41/steps/N02']);
    expect(JSON.parse(calls[1].body)).toMatchObject({ fields: { talker: '王书记' } });
    expect(JSON.parse(calls[1].body).date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(wrapper.emitted('recorded')).toHaveLength(1);
  });

  it("shows the service's reasons at the fields and stays open", async () => {
    vi.stubGlobal('fetch', async () => json(400, {
      title: '步骤记录有误', status: 400, code: 'VALIDATION_FAILED', detail: '请按提示改正。',
      errors: [{ field: 'fields.talker', message: '必须填写' }, { field: 'date', message: '早于可记录的日期' }],
    }));
    const wrapper = await open({ ...talk, evidence: 'NONE' });

    document.querySelector<HTMLButtonElement>('[data-test="step-save"]')!.click();
    await flushPromises();

    expect(document.querySelector('[data-test="step-error"]')?.textContent).toContain('请按提示改正。');
    // the items the service named are marked (their messages render inside a transition jsdom does not run)
    const marked = [...document.querySelectorAll('.el-form-item.is-error .el-form-item__label')].map((e) => e.textContent);
    expect(marked).toEqual(['完成日期', '谈话人']);
    expect(wrapper.emitted('recorded')).toBeUndefined();
  });
});
