/**
 * The signed-in member's tokens, kept in the mini-program's storage so that a member who opens it tomorrow is still
 * signed in (the refresh token renews the short access token). Cleared on logout or when renewal is refused.
 */
const ACCESS = 'dj.accessToken';
const REFRESH = 'dj.refreshToken';

export interface Tokens {
  accessToken?: string;
  refreshToken?: string;
}

export const session = {
  access: (): string => wx.getStorageSync<string>(ACCESS) || '',
  refresh: (): string => wx.getStorageSync<string>(REFRESH) || '',
  signedIn: (): boolean => session.refresh() !== '',
  save(tokens: Tokens): void {
    wx.setStorageSync(ACCESS, tokens.accessToken ?? '');
    wx.setStorageSync(REFRESH, tokens.refreshToken ?? '');
  },
  clear(): void {
    wx.removeStorageSync(ACCESS);
    wx.removeStorageSync(REFRESH);
  },
};
