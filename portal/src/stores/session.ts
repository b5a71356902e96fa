// Who is signed in: tokens in sessionStorage (api/tokens.ts), the account (GET /api/auth/me) here.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { ok, orgApi } from '@/api/client';
import { tokens } from '@/api/tokens';
import type { Me, Role, SecondFactorStep, TokenResponse } from '@/api/types';

// 'second-factor': the password was right, the code of secondStep completes the sign-in
export type LoginOutcome = 'signed-in' | 'password-change-required' | 'second-factor';

export const useSession = defineStore('session', () => {
  const me = ref<Me | null>(null);
  const passwordChangeRequired = ref(tokens.passwordChangeRequired());
  // kept in memory only: a reload starts the sign-in again
  const secondStep = ref<SecondFactorStep | null>(null);

  const signedIn = computed(() => tokens.access() !== null && me.value !== null);
  const roles = computed<Role[]>(() => me.value?.roles ?? []);
  const isCityAdmin = computed(() => roles.value.includes('CITY_ADMIN'));

  function accept(response: TokenResponse): LoginOutcome {
    if (response.secondFactor) {
      tokens.clear();
      secondStep.value = response.secondFactor;
      return 'second-factor';
    }
    secondStep.value = null;
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

  async function completeSecondFactor(code: string): Promise<LoginOutcome> {
    const challenge = secondStep.value?.challenge ?? '';
    const outcome = accept(await ok(orgApi.POST('/api/auth/login/second-factor', { body: { challenge, code } })));
    if (outcome === 'signed-in') await loadMe();
    return outcome;
  }

  /** Back to the password: the second step is dropped. */
  function cancelSecondFactor(): void {
    secondStep.value = null;
  }

  // a city administrator who must have a second factor sets it up right after a first password change
  async function changePassword(oldPassword: string, newPassword: string): Promise<LoginOutcome> {
    const outcome = accept(await ok(orgApi.POST('/api/auth/password', { body: { oldPassword, newPassword } })));
    if (outcome === 'signed-in') await loadMe();
    return outcome;
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
    secondStep.value = null;
  }

  return {
    me, passwordChangeRequired, secondStep, signedIn, roles, isCityAdmin,
    login, smsLogin, completeSecondFactor, cancelSecondFactor, loadMe, changePassword, logout, forget,
  };
});
