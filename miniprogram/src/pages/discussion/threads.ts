/**
 * A course's discussion: the threads members who may study the course opened, newest first, and a form to open one.
 * A text with a word of the city's list is refused with the word named beside the field.
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
    courseId: '',
    threads: [] as ReturnType<typeof postView>[],
    title: '',
    body: '',
    titleError: '',
    bodyError: '',
    busy: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ courseId: query.courseId ?? '' });
    },
    async load() {
      if (this.data.threads.length === 0) this.setData({ state: 'loading', error: '' });
      try {
        const threads = await api.get('/api/learning/my/courses/{id}/threads', { path: { id: this.data.courseId } });
        this.setData({ state: 'ready', threads: threads.map(postView) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    onTitle(e: { detail: string }) {
      this.setData({ title: e.detail, titleError: '' });
    },
    onBody(e: { detail: string }) {
      this.setData({ body: e.detail, bodyError: '' });
    },
    async post() {
      const title = this.data.title.trim();
      const body = this.data.body.trim();
      if (!title || !body) {
        this.setData({ titleError: title ? '' : '请填写标题', bodyError: body ? '' : '请填写内容' });
        return;
      }
      this.setData({ busy: true });
      try {
        const created = await api.post('/api/learning/my/courses/{id}/threads', { path: { id: this.data.courseId }, body: { title, body } });
        this.setData({ title: '', body: '' });
        wx.navigateTo({ url: `/pages/discussion/thread?id=${created.id}` });
      } catch (error) {
        const fields = error instanceof ApiError ? { titleError: error.fieldMessage('title') ?? '', bodyError: error.fieldMessage('body') ?? '' } : null;
        if (fields && (fields.titleError || fields.bodyError)) this.setData(fields);
        else wx.showModal({ title: '未能发布', content: messageOf(error), showCancel: false });
      } finally {
        this.setData({ busy: false });
      }
    },
  },
});
