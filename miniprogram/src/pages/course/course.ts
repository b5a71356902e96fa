/**
 * A course's chapters and lessons with the member's progress in each; chapters pushed in instalments show when they
 * open. "继续学习" goes to the first lesson not finished; a lesson opens the player.
 */
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { LessonProgress, MyCourse } from '../../api/types';
import { readablePage } from '../../utils/text-size';

const KIND: Record<string, string> = { VIDEO: '视频', AUDIO: '音频', ARTICLE: '图文', PDF: '文档' };

export interface LessonLine {
  id: string;
  title: string;
  line: string;
  state: string;
}

export function chaptersOf(mine: MyCourse) {
  const progress = new Map<string, LessonProgress>((mine.progress ?? []).map((p) => [p.lessonId ?? '', p]));
  return (mine.course?.chapters ?? []).map((chapter) => ({
    id: chapter.id ?? '',
    title: chapter.title ?? '',
    released: chapter.released !== false,
    releaseOn: chapter.releaseOn ?? '',
    lessons: (chapter.lessons ?? []).map((lesson): LessonLine => {
      const p = progress.get(lesson.id ?? '');
      const minutes = Math.max(1, Math.round((lesson.durationSeconds ?? 0) / 60));
      return {
        id: lesson.id ?? '',
        title: lesson.title ?? '',
        line: `${KIND[lesson.kind ?? ''] ?? ''} · ${minutes} 分钟 · ${lesson.classHours ?? 0} 学时`,
        state: p?.completedAt ? '已完成' : p && (p.percent ?? 0) > 0 ? `已学 ${p.percent}%` : '',
      };
    }),
  }));
}

Component({
  behaviors: [readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    id: '',
    title: '',
    summary: '',
    nextLessonId: '',
    chapters: [] as ReturnType<typeof chaptersOf>,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ id: query.id ?? '' });
    },
    onShow() {
      this.load();
    },
    async load() {
      if (this.data.chapters.length === 0) this.setData({ state: 'loading', error: '' });
      try {
        const mine = await api.get('/api/learning/my/courses/{id}', { path: { id: this.data.id } });
        wx.setNavigationBarTitle({ title: mine.course?.title ?? '课程' });
        this.setData({
          state: 'ready',
          title: mine.course?.title ?? '',
          summary: mine.course?.summary ?? '',
          nextLessonId: mine.nextLessonId ?? '',
          chapters: chaptersOf(mine),
        });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    discuss() {
      wx.navigateTo({ url: `/pages/discussion/threads?courseId=${this.data.id}` });
    },
    open(e: WechatMiniprogram.TouchEvent) {
      if (e.currentTarget.dataset.released === false) return; // a chapter not yet pushed
      wx.navigateTo({ url: `/pages/lesson/lesson?courseId=${this.data.id}&id=${e.currentTarget.dataset.id}` });
    },
  },
});
