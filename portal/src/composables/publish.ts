// Publishing a draft (a course, an exam) after the administrator confirms what it will do. A refusal (published
// meanwhile, or the service's reason such as a question bank too short for the exam's rules) is shown with the list
// as it is now; a cancelled confirmation does nothing.
import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';
import type { Ref } from 'vue';
import { messageOf } from '@/api/problem';

export async function publishAfterConfirming(
  what: { title: string; question: string; done: string },
  call: () => Promise<unknown>,
  reload: () => Promise<unknown>,
  notice: Ref<string>,
  error: Ref<string>,
) {
  notice.value = '';
  try {
    await ElMessageBox.confirm(what.question, what.title, { confirmButtonText: '发布', cancelButtonText: '取消' });
  } catch {
    return; // cancelled
  }
  try {
    await call();
    notice.value = what.done;
  } catch (e) {
    const reason = messageOf(e);
    await reload();
    error.value ||= reason;
    return;
  }
  await reload();
}
