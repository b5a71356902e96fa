// The caller's own organisation, looked up once for a form's organisation picker: what a course, a question or an
// exam belongs to unless the administrator picks another one of their subtree. While it is unknown the picker stays
// empty and the service takes the caller's organisation anyway.
import { ref } from 'vue';
import { ok, orgApi } from '@/api/client';
import type { OrgView } from '@/api/types';
import { useSession } from '@/stores/session';

export function useOwnOrg() {
  const session = useSession();
  const ownOrg = ref<OrgView | null>(null);

  /** Looks the organisation up (once per id) and gives its id to `fill` when the form has none yet. */
  async function lookUp(fill: (id: string) => void) {
    const own = session.me?.orgId;
    if (!own) return;
    try {
      ownOrg.value = ownOrg.value?.id === own ? ownOrg.value : await ok(orgApi.GET('/api/orgs/{id}', { params: { path: { id: own } } }));
      if (ownOrg.value.id) fill(ownOrg.value.id);
    } catch {
      // the picker stays empty: the service uses the caller's organisation
    }
  }

  return { ownOrg, lookUp };
}
