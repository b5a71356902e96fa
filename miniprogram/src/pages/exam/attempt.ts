/**
 * An exam attempt. Opening it starts one (the server draws the paper and sets the deadline) or resumes the one in
 * progress. Each answer is saved as it is given, so a phone that dies loses nothing; the clock shown counts down
 * from the server's seconds left, and at zero the page asks the server, which has submitted the paper itself.
 * Submitted, the page shows the score, pass or fail, and what was right.
 */
import { label } from '../../api/labels';
import { messageOf } from '../../api/problem';
import { api } from '../../api/request';
import type { ExamAttempt } from '../../api/types';
import { readablePage } from '../../utils/text-size';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
let ticker = 0;

export function questionsOf(attempt: ExamAttempt) {
  return (attempt.questions ?? []).map((q) => {
    const options = q.options ?? [];
    return {
      questionId: q.questionId ?? '',
      kind: q.kind ?? 'SINGLE',
      kindName: label('QuestionKind', q.kind),
      stem: q.stem ?? '',
      options,
      letters: LETTERS,
      chosen: options.map((_, i) => (q.choices ?? []).includes(i)),
      isCorrect: options.map((_, i) => (q.correct ?? []).includes(i)),
      text: q.text ?? '',
      accepted: q.accepted ?? [],
      acceptedText: (q.accepted ?? []).join(' / '),
      right: q.right === true,
    };
  });
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

type Question = ReturnType<typeof questionsOf>[number];

function answerOf(q: Question) {
  return q.kind === 'FILL'
    ? { questionId: q.questionId, text: q.text }
    : { questionId: q.questionId, choices: q.chosen.map((c, i) => (c ? i : -1)).filter((i) => i >= 0) };
}

Component({
  behaviors: [readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready',
    error: '',
    examId: '',
    attemptId: '',
    title: '',
    questions: [] as Question[],
    secondsLeft: 0,
    clock: '',
    submitted: false,
    score: 0,
    passed: false,
    passScore: 0,
    autoSubmitted: false,
    busy: false,
    saveProblem: '',
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      this.setData({ examId: query.examId ?? '' });
      this.reload();
    },
    onUnload() {
      clearInterval(ticker);
    },
    async reload() {
      this.setData({ state: 'loading', error: '' });
      try {
        this.show(this.data.attemptId
          ? await api.get('/api/learning/attempts/{id}', { path: { id: this.data.attemptId } })
          : await api.post('/api/learning/exams/{id}/attempts', { path: { id: this.data.examId } }));
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    show(attempt: ExamAttempt) {
      const submitted = Boolean(attempt.submittedAt);
      const secondsLeft = Number(attempt.secondsLeft ?? 0);
      wx.setNavigationBarTitle({ title: attempt.title ?? '考试' });
      this.setData({
        state: 'ready',
        attemptId: attempt.id ?? '',
        title: attempt.title ?? '',
        questions: questionsOf(attempt),
        secondsLeft,
        clock: clock(secondsLeft),
        submitted,
        score: attempt.score ?? 0,
        passed: attempt.passed === true,
        passScore: attempt.passScore ?? 0,
        autoSubmitted: attempt.autoSubmitted === true,
      });
      clearInterval(ticker);
      if (!submitted) {
        const endsAt = Date.now() + secondsLeft * 1000;
        ticker = setInterval(() => {
          const left = (endsAt - Date.now()) / 1000;
          this.setData({ clock: clock(left) });
          if (left <= 0) {
            clearInterval(ticker);
            this.reload(); // past the deadline the server submits the paper and answers with the result
          }
        }, 1000);
      }
    },
    choose(e: WechatMiniprogram.TouchEvent) {
      if (this.data.submitted) return;
      const qi = Number(e.currentTarget.dataset.qi);
      const oi = Number(e.currentTarget.dataset.oi);
      const q = this.data.questions[qi];
      const chosen = q.kind === 'MULTIPLE' ? q.chosen.map((c, i) => (i === oi ? !c : c)) : q.chosen.map((_, i) => i === oi);
      this.setData({ [`questions[${qi}].chosen`]: chosen });
      this.save({ ...q, chosen });
    },
    onFill(e: WechatMiniprogram.Input) {
      const qi = Number(e.currentTarget.dataset.qi);
      this.setData({ [`questions[${qi}].text`]: e.detail.value });
      this.save({ ...this.data.questions[qi], text: e.detail.value });
    },
    async save(q: Question) {
      try {
        await api.put('/api/learning/attempts/{id}/answers', { path: { id: this.data.attemptId }, body: { answers: [answerOf(q)] } });
        this.setData({ saveProblem: '' });
      } catch (error) {
        this.setData({ saveProblem: `答案未能保存：${messageOf(error)}` });
      }
    },
    confirmSubmit() {
      const unanswered = this.data.questions.filter((q) => (q.kind === 'FILL' ? !q.text.trim() : !q.chosen.includes(true))).length;
      wx.showModal({
        title: '交卷',
        content: unanswered > 0 ? `还有 ${unanswered} 题未作答，确定交卷吗？` : '确定交卷吗？交卷后不能再修改。',
        confirmText: '交卷',
        success: ({ confirm }) => {
          if (confirm) this.submit();
        },
      });
    },
    async submit() {
      this.setData({ busy: true });
      try {
        this.show(await api.post('/api/learning/attempts/{id}/submit', { path: { id: this.data.attemptId },
          body: { answers: this.data.questions.map(answerOf) } }));
      } catch (error) {
        wx.showModal({ title: '交卷未成功', content: messageOf(error), showCancel: false });
      } finally {
        this.setData({ busy: false });
      }
    },
    back() {
      wx.navigateBack();
    },
  },
});
