// One way for a page to load: a loading flag for the spinner and, when a call is refused, the problem's detail for
// the page's alert (never a stack trace).
import { ref } from 'vue';
import { messageOf } from '@/api/problem';

export function useLoading() {
  const loading = ref(false);
  const error = ref('');

  async function run(action: () => Promise<unknown>): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      await action();
    } catch (e) {
      error.value = messageOf(e);
    } finally {
      loading.value = false;
    }
  }

  return { loading, error, run };
}
