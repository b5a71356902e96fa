/**
 * A thread with its replies; the member replies, or reports a post that does not belong (an advert, a scam) with a
 * reason, which sends it to their branch's administrators.
 */
import { ApiError, messageOf } from '../../api/problem';
import { api } from '../../api/request';
import { signedInPage } from '../signed-in';
import { postView } from './posts';
import { readablePage } from '../../utils/text-size';

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    id: '',
    thread: null as ReturnType<typeof postView> | null,
    replies: [] as ReturnType<typeof postView>[],
    reply: '',
    replyError: '',
    notice: '',
    busy: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: query.id ?? '' });
    },
    async load() {
      if (!this.data.thread) this.setData({ state: 'loading', error: '' });
      try {
        const thread = await api.get('/api/learning/my/threads/{id}', { path: { id: this.data.id } });
        this.setData({ state: 'ready', thread: postView(thread.thread ?? {}), replies: (thread.replies ?? []).map(postView) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    onReply(e: { detail: string }) {
      this.setData({ reply: e.detail, replyError: '' });
    },
    async send() {
      const body = this.data.reply.trim();
      if (!body) {
        this.setData({ replyError: '请填写回复内容' });
        return;
      }
      this.setData({ busy: true });
      try {
        await api.post('/api/learning/my/threads/{id}/replies', { path: { id: this.data.id }, body: { body } });
        this.setData({ reply: '', notice: '' });
        await this.load();
      } catch (error) {
        this.setData({ replyError: error instanceof ApiError && error.fieldMessage('body') ? error.fieldMessage('body') ?? '' : messageOf(error) });
      } finally {
        this.setData({ busy: false });
      }
    },
    report(e: WechatMiniprogram.TouchEvent) {
      const id = String(e.currentTarget.dataset.id);
      wx.showModal({
        title: '举报',
        editable: true,
        placeholderText: '举报理由，如广告、诈骗',
        confirmText: '举报',
        success: async ({ confirm, content }) => {
          if (!confirm) return;
          try {
            await api.post('/api/learning/my/posts/{id}/report', { path: { id }, body: { reason: (content ?? '').trim() } });
            this.setData({ notice: '已举报，支部管理员会处理。' });
          } catch (error) {
            wx.showModal({ title: '未能举报', content: messageOf(error), showCancel: false });
          }
        },
      });
    },
  },
});
