// One reading per service (each service keeps its own encryption status, retention, ...): loaded all at once, each
// service's answer or refusal kept apart, so one service away does not blank the others.
import { ref } from 'vue';
import { messageOf } from '@/api/problem';

export function usePerService<T>(sources: { key: string; load: () => Promise<T> }[]) {
  const values = ref<Record<string, T | undefined>>({});
  const errors = ref<Record<string, string>>({});
  const loading = ref(false);
  const loaded = ref(false);

  /** Stores what `action` answers for the service `key`, or why it was refused. */
  async function take(key: string, action: () => Promise<T>): Promise<void> {
    try {
      values.value[key] = await action();
      errors.value[key] = '';
    } catch (e) {
      errors.value[key] = messageOf(e);
    }
  }

  async function loadAll(): Promise<void> {
    loading.value = true;
    await Promise.all(sources.map((s) => take(s.key, s.load)));
    loading.value = false;
    loaded.value = true;
  }

  return { values, errors, loading, loaded, take, loadAll };
}
