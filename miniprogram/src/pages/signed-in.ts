/**
 * What every page of a signed-in member does: a visitor without a session is sent to the login page; otherwise the
 * page's `load()` runs each time it shows (coming back to it shows fresh data) and on a pull-down.
 */
import { session } from '../api/session';

interface Loads {
  load(): Promise<void>;
}

export const signedInPage = Behavior({
  methods: {
    onShow() {
      if (!session.signedIn()) {
        wx.reLaunch({ url: '/pages/login/login' });
        return;
      }
      (this as unknown as Loads).load();
    },
    async onPullDownRefresh() {
      await (this as unknown as Loads).load();
      wx.stopPullDownRefresh();
    },
  },
});
