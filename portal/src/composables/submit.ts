// One way for a form to call the API: busy while it runs, and on refusal the problem's detail for the form's
// alert and each field's reason for its field (el-form-item :error).
import { ref } from 'vue';
import { ApiError, messageOf } from '@/api/problem';

export function useSubmit() {
  const busy = ref(false);
  const error = ref('');
  const fieldErrors = ref<Record<string, string>>({});

  function reset(): void {
    error.value = '';
    fieldErrors.value = {};
  }

  /** Runs the call; true when it succeeded, false when it was refused (and the reasons are shown). */
  async function submit(action: () => Promise<unknown>): Promise<boolean> {
    busy.value = true;
    reset();
    try {
      await action();
      return true;
    } catch (e) {
      error.value = messageOf(e);
      fieldErrors.value = e instanceof ApiError ? e.fieldMessages() : {};
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { busy, error, fieldErrors, reset, submit };
}
