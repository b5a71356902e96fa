import { ref } from 'vue';
import { describe, expect, it } from 'vitest';
import { useLatest } from '@/composables/loading';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('a filtered list', () => {
  it('shows only the last filter\'s answer and keeps the spinner until that answer comes', async () => {
    const loading = ref(false);
    const error = ref('');
    const shown: string[] = [];
    const latest = useLatest(loading, error);
    const unfiltered = deferred<string>();
    const filtered = deferred<string>();

    const first = latest(() => unfiltered.promise, (a) => shown.push(a));
    const second = latest(() => filtered.promise, (a) => shown.push(a));
    unfiltered.resolve('all members');
    await first;
    expect(loading.value).toBe(true);
    filtered.resolve('members named 张');
    await second;

    expect(shown).toEqual(['members named 张']);
    expect(loading.value).toBe(false);
  });

  it('raises no alert for a superseded request that failed, and the alert for the last one that did', async () => {
    const loading = ref(false);
    const error = ref('');
    const latest = useLatest(loading, error);
    const stale = deferred<string>();
    const last = deferred<string>();

    const first = latest(() => stale.promise, () => undefined);
    const second = latest(() => last.promise, () => undefined);
    stale.reject(new Error('timed out'));
    await first;
    expect(error.value).toBe('');
    last.reject(new Error('服务暂不可用'));
    await second;

    expect(error.value).not.toBe('');
    expect(loading.value).toBe(false);
  });
});
