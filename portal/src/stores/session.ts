// Who is signed in: tokens in sessionStorage (api/tokens.ts), the account (GET /api/auth/me) here.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ok, orgApi } from '@/api/client';
import { tokens } from '@/api/tokens';
import type { Me, Role, TokenResponse } from '@/api/types';

export type LoginOutcome = 'signed-in' | 'password-change-required';

export const useSession = defineStore('session', () => {
  const me = ref<Me | null>(null);
  const passwordChangeRequired = ref(tokens.passwordChangeRequired());

  const signedIn = computed(() => tokens.access() !== null && me.value !== null);
  const roles = computed<Role[]>(() => me.value?.roles ?? []);
  const isCityAdmin = computed(() => roles.value.includes('CITY_ADMIN'));

  function accept(response: TokenResponse): LoginOutcome {
    tokens.save({
      accessToken: response.accessToken ?? '',
      refreshToken: response.refreshToken ?? '',
      passwordChangeRequired: response.passwordChangeRequired,
    });
    passwordChangeRequired.value = response.passwordChangeRequired === true;
    return passwordChangeRequired.value ? 'password-change-required' : 'signed-in';
  }

  async function loadMe(): Promise<Me> {
    me.value = await ok(orgApi.GET('/api/auth/me'));
    return me.value;
  }

  async function login(username: string, password: string): Promise<LoginOutcome> {
    const outcome = accept(await ok(orgApi.POST('/api/auth/login', { body: { username, password } })));
    // a password-change-only token opens nothing but POST /api/auth/password, not even /me
    if (outcome === 'signed-in') await loadMe();
    return outcome;
  }

  async function smsLogin(phone: string, code: string): Promise<LoginOutcome> {
    const outcome = accept(await ok(orgApi.POST('/api/auth/sms-login', { body: { phone, code } })));
    if (outcome === 'signed-in') await loadMe();
    return outcome;
  }

  async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
    accept(await ok(orgApi.POST('/api/auth/password', { body: { oldPassword, newPassword } })));
    await loadMe();
  }

  async function logout(): Promise<void> {
    const refreshToken = tokens.refresh();
    try {
      if (refreshToken) await orgApi.POST('/api/auth/logout', { body: { refreshToken } });
    } finally {
      forget();
    }
  }

  /** Drops the session locally (after logout, or when it could not be renewed). */
  function forget(): void {
    tokens.clear();
    me.value = null;
    passwordChangeRequired.value = false;
  }

  return { me, passwordChangeRequired, signedIn, roles, isCityAdmin, login, smsLogin, loadMe, changePassword, logout, forget };
});
