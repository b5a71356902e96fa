/**
 * 我的考试: the published exams the member (or applicant: the activists' and candidates' unified exams) may take,
 * with the attempts left, the best score and whether passed; one in progress says so and resumes where it was.
 */
import { label } from '../../api/labels';
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { MyExam } from '../../api/types';
import { signedInPage } from '../signed-in';
import { readablePage } from '../../utils/text-size';

export function examLine(e: MyExam) {
  const left = (e.maxAttempts ?? 0) - (e.attempts ?? 0);
  const best = e.attempts ? `，最高 ${e.bestScore ?? 0} 分` : '';
  let state = '开始考试';
  if (e.openAttemptId) state = '继续作答';
  else if (e.passed) state = '已通过';
  else if (left <= 0) state = '次数已用完';
  return {
    id: e.id ?? '',
    title: e.title ?? '',
    line: `${label('ExamKind', e.kind)} · ${e.questions ?? 0} 题 · ${e.durationMinutes ?? 0} 分钟 · ${e.passScore ?? 0} 分及格 · `
      + `已考 ${e.attempts ?? 0}/${e.maxAttempts ?? 0} 次${best}`,
    state,
    mayTake: Boolean(e.openAttemptId) || (!e.passed && left > 0),
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    exams: [] as ReturnType<typeof examLine>[],
  },
  methods: {
    async load() {
      if (this.data.exams.length === 0) this.setData({ state: 'loading', error: '' });
      try {
        this.setData({ state: 'ready', exams: (await api.get('/api/learning/my/exams')).map(examLine) });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    open(e: WechatMiniprogram.TouchEvent) {
      if (!e.currentTarget.dataset.may) return;
      const exam = this.data.exams.find((x) => x.id === e.currentTarget.dataset.id);
      if (!exam) return;
      if (exam.state === '继续作答') {
        wx.navigateTo({ url: `/pages/exam/attempt?examId=${exam.id}` });
        return;
      }
      wx.showModal({
        title: exam.title,
        content: '开始后按服务器时间计时，到时自动交卷；中途退出可回来继续作答。',
        confirmText: '开始考试',
        success: ({ confirm }) => {
          if (confirm) wx.navigateTo({ url: `/pages/exam/attempt?examId=${exam.id}` });
        },
      });
    },
  },
});
