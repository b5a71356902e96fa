// True on a phone-width screen: pages swap tables for cards and the side menu for a drawer there.
import { onBeforeUnmount, ref } from 'vue';

export const NARROW_QUERY = '(max-width: 767px)';

export function useNarrow() {
  const query = window.matchMedia(NARROW_QUERY);
  const narrow = ref(query.matches);
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  query.addEventListener('change', update);
  onBeforeUnmount(() => query.removeEventListener('change', update));
  return narrow;
}
