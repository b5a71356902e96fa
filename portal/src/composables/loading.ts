// One way for a page to load: a loading flag for the spinner and, when a call is refused, the problem's detail for
// the page's alert (never a stack trace).
import { ref, type Ref } from 'vue';
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

// Filters change faster than a service answers: when a list's requests overlap, only the last one's answer (or
// refusal) counts, so a slow unfiltered answer never replaces the filtered one the user asked for after it.
// `ask` resolves to undefined for a request that another has superseded.
export function lastRequestWins() {
  let issued = 0;
  return async function ask<T>(request: () => Promise<T>): Promise<T | undefined> {
    const ticket = ++issued;
    try {
      const answer = await request();
      return ticket === issued ? answer : undefined;
    } catch (e) {
      if (ticket === issued) throw e;
      return undefined;
    }
  };
}

// A list the user filters: only the last request's answer is shown, and the spinner and the alert follow that request
// (a superseded one neither stops the spinner nor raises the alert).
export function useLatest(loading: Ref<boolean>, error: Ref<string>) {
  const ask = lastRequestWins();
  return async function latest<T>(request: () => Promise<T>, show: (answer: T) => void): Promise<void> {
    loading.value = true;
    error.value = '';
    try {
      const answer = await ask(request);
      if (answer === undefined) return; // a later request owns the spinner
      show(answer);
      loading.value = false;
    } catch (e) {
      error.value = messageOf(e);
      loading.value = false;
    }
  };
}
