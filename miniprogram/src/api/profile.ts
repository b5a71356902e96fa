// Who is signed in (account, member, organisation), asked once per session: several pages need the member's id.
import { api } from './request';
import type { Me } from './types';

let mine: Promise<Me> | null = null;

export const profile = {
  me(): Promise<Me> {
    mine ??= api.get('/api/auth/me').catch((error: unknown) => {
      mine = null;
      throw error;
    });
    return mine;
  },
  /** Forgets the account, on login and logout. */
  forget(): void {
    mine = null;
  },
};
