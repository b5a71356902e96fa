/**
 * The page a meeting's QR code opens when scanned with WeChat's own scanner (the code names this page with the
 * meeting and its signed code): checks the member in at once. A member not signed in signs in first and comes
 * back here.
 */
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import { session } from '../../api/session';
import { readablePage } from '../../utils/text-size';

Component({
  behaviors: [readablePage],
  data: {
    state: 'loading' as 'loading' | 'done' | 'error',
    error: '',
  },
  methods: {
    async onLoad(query: Record<string, string | undefined>) {
      const id = query.meetingId ?? '';
      const code = decodeURIComponent(query.code ?? '');
      if (!session.signedIn()) {
        const back = `/pages/meeting/check-in?meetingId=${id}&code=${encodeURIComponent(code)}`;
        wx.reLaunch({ url: `/pages/login/login?redirect=${encodeURIComponent(back)}` });
        return;
      }
      try {
        await api.post('/api/points/meetings/{id}/check-ins', { path: { id }, body: { code } });
        this.setData({ state: 'done' });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    toMeetings() {
      wx.redirectTo({ url: '/pages/meeting/list' });
    },
  },
});
