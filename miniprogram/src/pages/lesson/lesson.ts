/**
 * One lesson. Videos and audio play in the player, opened where the member left off; articles and documents count
 * the time the page stays open. Either way the page sends learning-service a heartbeat every ten seconds of study
 * (the first after play is pressed says so), and the server decides what each one earns: its clock, not the
 * player's, limits the credit, and only one lesson of a member earns at a time.
 */
import { ApiError, messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { CourseLesson } from '../../api/types';
import { readablePage } from '../../utils/text-size';

const BEAT_EVERY_MS = 10_000;
const ANOTHER_PLAYING = '你正在另一处学习另一课，本课暂不计时。';
let readingTimer = 0;

function heartbeatId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

Component({
  behaviors: [readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    courseId: '',
    lessonId: '',
    title: '',
    line: '',
    kind: '',
    playable: false,
    url: '',
    duration: 0,
    position: 0,
    percent: 0,
    status: '',
    lastBeatAt: 0,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ courseId: query.courseId ?? '', lessonId: query.id ?? '' });
      this.load();
    },
    onShow() {
      if (this.data.state === 'ready' && !this.data.playable) this.startReading();
    },
    onHide() {
      this.stop();
    },
    onUnload() {
      this.stop();
    },
    async load() {
      this.setData({ state: 'loading', error: '' });
      try {
        const lessonId = this.data.lessonId;
        const [mine, progress] = await Promise.all([
          api.get('/api/learning/my/courses/{id}', { path: { id: this.data.courseId } }),
          api.get('/api/learning/lessons/{lessonId}/progress', { path: { lessonId } }),
        ]);
        const lesson: CourseLesson | undefined = (mine.course?.chapters ?? [])
          .flatMap((c) => c.lessons ?? []).find((l) => l.id === lessonId);
        if (!lesson) throw new ApiError(404, { detail: '这一课不在本课程中，请返回课程重新选择。' });
        const media = lesson.mediaId ? await api.get('/api/learning/lessons/{lessonId}/media', { path: { lessonId } }) : null;
        const playable = lesson.kind === 'VIDEO' || lesson.kind === 'AUDIO';
        wx.setNavigationBarTitle({ title: lesson.title ?? '学习' });
        this.setData({
          state: 'ready',
          title: lesson.title ?? '',
          line: `${Math.max(1, Math.round((lesson.durationSeconds ?? 0) / 60))} 分钟 · ${lesson.classHours ?? 0} 学时`,
          kind: lesson.kind ?? '',
          playable,
          url: media?.url ?? '',
          duration: lesson.durationSeconds ?? 0,
          position: progress.completedAt ? 0 : progress.position ?? 0,
          percent: progress.percent ?? 0,
          status: progress.completedAt ? '本课已学完，学时已计入。' : progress.position ? `上次学到 ${progress.position} 秒，已为你接着播放。` : '',
        });
        if (!playable) this.startReading();
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    onPlay() {
      this.beat(this.data.position, true);
    },
    onTime(e: WechatMiniprogram.CustomEvent<{ currentTime: number }>) {
      const position = Math.floor(e.detail.currentTime);
      this.setData({ position });
      if (Date.now() - this.data.lastBeatAt >= BEAT_EVERY_MS) this.beat(position, false);
    },
    onPause() {
      this.beat(this.data.position, false);
    },
    onEnded() {
      this.beat(this.data.duration, false);
    },
    startReading() {
      clearInterval(readingTimer);
      this.beat(this.data.position, true);
      readingTimer = setInterval(() => {
        const position = Math.min(this.data.duration, this.data.position + BEAT_EVERY_MS / 1000);
        this.setData({ position });
        this.beat(position, false);
      }, BEAT_EVERY_MS);
    },
    stop() {
      clearInterval(readingTimer);
      readingTimer = 0;
    },
    async beat(position: number, start: boolean) {
      this.setData({ lastBeatAt: Date.now() });
      try {
        const lessonId = this.data.lessonId;
        const result = await api.post('/api/learning/lessons/{lessonId}/heartbeats',
          { path: { lessonId }, body: { id: heartbeatId(), position, start } });
        const warning = result.outcome === 'ANOTHER_LESSON_PLAYING' ? ANOTHER_PLAYING : '';
        const progress = await api.get('/api/learning/lessons/{lessonId}/progress', { path: { lessonId } });
        this.setData({
          percent: progress.percent ?? 0,
          status: progress.completedAt ? '本课已学完，学时已计入。' : warning || this.data.status,
        });
        if (progress.completedAt) this.stop();
      } catch (error) {
        // study goes on when one heartbeat is lost; the next one carries the position
        this.setData({ status: messageOf(error) });
      }
    },
    openDocument() {
      wx.downloadFile({
        url: this.data.url,
        success: ({ tempFilePath }) => wx.openDocument({ filePath: tempFilePath, showMenu: true }),
        fail: () => this.setData({ status: '文档下载未成功，请检查网络后重试。' }),
      });
    },
  },
});
