// The choices of a remote select (an organisation, a member): looked up as the user types, the last answer kept.
import { ref, type Ref } from 'vue';

export function useRemoteChoices<T>(lookup: (q: string) => Promise<T[]>, initial: T[] = []) {
  const choices = ref(initial) as Ref<T[]>;
  const loading = ref(false);

  async function find(q: string) {
    if (!q.trim()) return;
    loading.value = true;
    try {
      choices.value = await lookup(q.trim());
    } catch {
      choices.value = [];
    } finally {
      loading.value = false;
    }
  }

  return { choices, loading, find };
}
