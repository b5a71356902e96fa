/**
 * 我的: the member's own record as member-service shows it to them (with their branch's name, ID and phone masked),
 * a greeting on their political birthday (the anniversary of admission), and logout. A visitor without a session is
 * sent to the login page.
 */
import { messageOf } from '../../api/problem';
import { profile } from '../../api/profile';
import { api } from '../../api/request';
import { session } from '../../api/session';
import { signedInPage } from '../signed-in';
import type { MemberView } from '../../api/types';
import { chooseLargeText, largeTextChosen, pageStyle, readablePage } from '../../utils/text-size';

/** "今天是你的政治生日" with the years, on the anniversary of the join date; empty on other days. */
export function birthdayGreeting(joinDate: string | undefined, today: Date): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(joinDate ?? '');
  if (!match || Number(match[2]) !== today.getMonth() + 1 || Number(match[3]) !== today.getDate()) return '';
  const years = today.getFullYear() - Number(match[1]);
  return years > 0 ? `今天是你入党 ${years} 周年的政治生日，不忘初心，牢记使命！` : '';
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    member: null as MemberView | null,
    birthday: '',
    largeText: false,
  },
  methods: {
    onLargeText(e: { detail: boolean }) {
      chooseLargeText(e.detail);
      this.setData({ largeText: e.detail, pageStyle: pageStyle() });
    },
    async load() {
      this.setData({ state: 'loading', error: '', largeText: largeTextChosen() });
      try {
        const me = await profile.me();
        if (!me.memberId) {
          this.setData({ state: 'ready', member: null, birthday: '' });
          return;
        }
        const member = await api.get('/api/members/me');
        this.setData({
          state: 'ready',
          member,
          birthday: birthdayGreeting(member.joinDate, new Date()),
        });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    async logout() {
      const refreshToken = session.refresh();
      // the server forgets the refresh token; signed out here even when that call cannot get through
      await api.post('/api/auth/logout', { body: { refreshToken } }).catch(() => undefined);
      session.clear();
      profile.forget();
      wx.reLaunch({ url: '/pages/login/login' });
    },
  },
});
