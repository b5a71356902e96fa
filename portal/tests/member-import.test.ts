import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import WorkbookImportDialog from '@/components/WorkbookImportDialog.vue';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

const MEMBERS = { title: '导入党员', path: '/api/members/import', templateName: '党员信息导入模板.xlsx', row: '一名党员', unit: '名党员' };

describe('the members import', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists every refused row with its reason and imports nothing', async () => {
    vi.stubGlobal('fetch', async () => json(400, {
      title: '导入被拒绝', status: 400, code: 'MEMBER_IMPORT_REJECTED', detail: '有 2 行有问题，未导入任何党员。',
      rows: [
        { row: 3, column: '身份证号', message: '身份证号码校验位不正确' },
        { row: 5, column: '所在组织编码', message: '没有这个组织' },
      ],
    }));
    const wrapper = mount(WorkbookImportDialog, { props: { modelValue: false, ...MEMBERS }, attachTo: document.body });
    await wrapper.setProps({ modelValue: true });
    await nextTick();

    const input = document.querySelector<HTMLInputElement>('input[name="import-file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'members.xlsx')] });
    input.dispatchEvent(new Event('change'));
    await nextTick();
    document.querySelector<HTMLButtonElement>('[data-test="import-start"]')!.click();
    await flushPromises();

    expect(document.querySelector('[data-test="import-error"]')?.textContent).toContain('有 2 行有问题，未导入任何党员。');
    const rows = document.querySelector('[data-test="import-rows"]')?.textContent ?? '';
    expect(rows).toContain('身份证号码校验位不正确');
    expect(rows).toContain('没有这个组织');
    expect(document.querySelector('[data-test="import-done"]')).toBeNull();
    expect(wrapper.emitted('imported')).toBeUndefined();
  });
});
