/**
 * 我的消息: which notices the member allows on WeChat (WeChat's one-time subscription: each "allow" lets one message
 * of that kind come as a WeChat notice besides the SMS), and every message the platform sent them.
 */
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { MyMessage, MySubscriptionKind } from '../../api/types';
import { instant } from '../../utils/time';
import { readablePage } from '../../utils/text-size';
import { signedInPage } from '../signed-in';

type WechatAnswer = 'ACCEPT' | 'REJECT' | 'BAN' | 'FILTER';

function ask(templateId: string): Promise<WechatAnswer> {
  return new Promise((resolve, reject) => wx.requestSubscribeMessage({
    tmplIds: [templateId],
    success: (result) => resolve(String((result as Record<string, string>)[templateId] ?? 'reject').toUpperCase() as WechatAnswer),
    fail: reject,
  }));
}

export function messageLine(m: MyMessage) {
  return { id: m.id ?? 0, kindName: m.kindName ?? '', text: m.text ?? '', channelName: m.channelName ?? '',
    statusName: m.statusName ?? '', when: instant(m.sentAt ?? m.createdAt) };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    notice: '',
    kinds: [] as MySubscriptionKind[],
    messages: [] as ReturnType<typeof messageLine>[],
  },
  methods: {
    async load() {
      if (this.data.state !== 'ready') this.setData({ state: 'loading', error: '' });
      try {
        const [subscriptions, messages] = await Promise.all([
          api.get('/api/notifications/my/subscriptions'),
          api.get('/api/notifications/my/messages', { query: { page: 1, size: 30 } }),
        ]);
        this.setData({ state: 'ready', kinds: subscriptions.kinds ?? [], messages: (messages.items ?? []).map(messageLine) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    async allow(e: WechatMiniprogram.TouchEvent) {
      const kind = this.data.kinds[Number(e.currentTarget.dataset.index)];
      if (!kind?.templateId) return;
      let result: WechatAnswer;
      try {
        result = await ask(kind.templateId);
      } catch {
        this.setData({ notice: '微信未能打开订阅窗口，请稍后再试。' });
        return;
      }
      try {
        await api.post('/api/notifications/my/subscriptions', { body: { answers: [{ templateId: kind.templateId, result }] } });
        this.setData({ notice: result === 'ACCEPT' ? `已允许：下一条“${kind.kindName}”会发到微信。` : '你未允许，这类提醒只发短信。' });
        await this.load();
      } catch (error) {
        this.setData({ notice: messageOf(error) });
      }
    },
  },
});
