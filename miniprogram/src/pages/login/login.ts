/**
 * Login for members and applicants: by SMS code to the phone registered with their organisation, or with WeChat
 * (wx.login's code; the first time, WeChat answers "not bound" with a ticket, and the member binds it by the same
 * phone and SMS code). The tokens are kept, so the member stays signed in until they log out.
 */
import { ApiError, messageOf } from '../../api/problem';
import { profile } from '../../api/profile';
import { api } from '../../api/request';
import { session } from '../../api/session';
import { readablePage } from '../../utils/text-size';

const PHONE = /^1\d{10}$/;
const RESEND_SECONDS = 60;
let timer = 0;

Component({
  behaviors: [readablePage],
  data: {
    phone: '',
    code: '',
    phoneError: '',
    codeError: '',
    error: '',
    countdown: 0,
    sending: false,
    busy: false,
    bindTicket: '',
    redirect: '',
  },
  methods: {
    /** `redirect`: the page to open once signed in (a scanned meeting code opened before signing in). */
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ redirect: decodeURIComponent(query.redirect ?? '') });
    },
    onUnload() {
      clearInterval(timer);
    },
    onPhone(e: { detail: string }) {
      this.setData({ phone: e.detail.trim(), phoneError: '' });
    },
    onCode(e: { detail: string }) {
      this.setData({ code: e.detail.trim(), codeError: '' });
    },
    async sendCode() {
      if (!PHONE.test(this.data.phone)) {
        this.setData({ phoneError: '请输入11位手机号' });
        return;
      }
      this.setData({ sending: true, error: '' });
      try {
        await api.post('/api/auth/sms-code', { body: { phone: this.data.phone } });
        this.setData({ countdown: RESEND_SECONDS });
        timer = setInterval(() => {
          const left = this.data.countdown - 1;
          this.setData({ countdown: left });
          if (left <= 0) clearInterval(timer);
        }, 1000);
      } catch (error) {
        this.showProblem(error);
      } finally {
        this.setData({ sending: false });
      }
    },
    async submit() {
      const { phone, code, bindTicket } = this.data;
      if (!PHONE.test(phone)) {
        this.setData({ phoneError: '请输入11位手机号' });
        return;
      }
      if (!/^\d{4,8}$/.test(code)) {
        this.setData({ codeError: '请输入短信验证码' });
        return;
      }
      this.setData({ busy: true, error: '' });
      try {
        const tokens = bindTicket
          ? await api.post('/api/auth/wechat-bind', { body: { phone, code, ticket: bindTicket } })
          : await api.post('/api/auth/sms-login', { body: { phone, code } });
        this.signedIn(tokens);
      } catch (error) {
        this.showProblem(error);
      } finally {
        this.setData({ busy: false });
      }
    },
    wechatLogin() {
      this.setData({ error: '' });
      wx.login({
        success: async ({ code }) => {
          try {
            this.signedIn(await api.post('/api/auth/wechat-login', { body: { code } }));
          } catch (error) {
            if (error instanceof ApiError && error.code === 'WECHAT_NOT_BOUND') {
              this.setData({ bindTicket: String(error.body.bindTicket ?? '') });
            } else {
              this.showProblem(error);
            }
          }
        },
        fail: () => this.setData({ error: '微信登录未成功，请改用短信验证码登录。' }),
      });
    },
    signedIn(tokens: { accessToken?: string; refreshToken?: string }) {
      session.save(tokens);
      profile.forget();
      if (this.data.redirect.startsWith('/pages/')) wx.redirectTo({ url: this.data.redirect });
      else wx.switchTab({ url: '/pages/study/study' });
    },
    showProblem(error: unknown) {
      if (error instanceof ApiError) {
        const phoneError = error.fieldMessage('phone');
        const codeError = error.fieldMessage('code');
        if (phoneError || codeError) {
          this.setData({ phoneError: phoneError ?? '', codeError: codeError ?? '' });
          return;
        }
      }
      this.setData({ error: messageOf(error) });
    },
  },
});
