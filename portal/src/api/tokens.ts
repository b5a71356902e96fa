// The signed-in tab's tokens. sessionStorage, not localStorage: closing the tab ends the session, and another
// person who later opens the browser on a shared office computer starts at the login page.
const ACCESS = 'dj.accessToken';
const REFRESH = 'dj.refreshToken';
const MUST_CHANGE = 'dj.passwordChangeRequired';

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  passwordChangeRequired?: boolean;
}

export const tokens = {
  access: (): string | null => sessionStorage.getItem(ACCESS),
  refresh: (): string | null => sessionStorage.getItem(REFRESH),
  passwordChangeRequired: (): boolean => sessionStorage.getItem(MUST_CHANGE) === 'true',
  save(t: Tokens): void {
    sessionStorage.setItem(ACCESS, t.accessToken);
    sessionStorage.setItem(REFRESH, t.refreshToken);
    sessionStorage.setItem(MUST_CHANGE, String(t.passwordChangeRequired === true));
  },
  clear(): void {
    sessionStorage.removeItem(ACCESS);
    sessionStorage.removeItem(REFRESH);
    sessionStorage.removeItem(MUST_CHANGE);
  },
};
