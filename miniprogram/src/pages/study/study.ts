/**
 * 学习: the courses the member may study (published to their organisation or above) with how far they got, and their
 * class hours this year against the requirement in force (32 by the national plan). A course opens its lessons.
 */
import { messageOf } from '../../api/problem';
import { profile } from '../../api/profile';
import { api } from '../../api/request';
import { signedInPage } from '../signed-in';
import type { ClassHours, MyCourse } from '../../api/types';
import { readablePage } from '../../utils/text-size';

export interface CourseLine {
  id: string;
  title: string;
  line: string;
  state: string;
}

/** One line per course: lessons done of all, class hours earned of the course's; a course for leaders says so. */
export function courseLine(mine: MyCourse): CourseLine {
  const done = mine.completedLessons ?? 0;
  const all = mine.lessons ?? 0;
  return {
    id: mine.course?.id ?? '',
    title: mine.course?.title ?? '',
    line: `${mine.course?.audience === 'LEADERS' ? '书记和班子成员 · ' : ''}已学 ${done}/${all} 课 · ${mine.earnedHours ?? 0}/${mine.course?.classHours ?? 0} 学时`,
    state: all > 0 && done >= all ? '已学完' : done > 0 ? '继续学习' : '开始学习',
  };
}

Component({
  behaviors: [signedInPage, readablePage],
  data: {
    state: 'loading' as 'loading' | 'error' | 'ready' | 'applicant',
    error: '',
    courses: [] as CourseLine[],
    hours: null as ClassHours | null,
  },
  methods: {
    async load() {
      if (this.data.courses.length === 0) this.setData({ state: 'loading', error: '' });
      try {
        const me = await profile.me();
        if (!me.memberId) {
          // courses and class hours are members'; an applicant's study is their development exams
          this.setData({ state: 'applicant' });
          return;
        }
        const [courses, hours] = await Promise.all([
          api.get('/api/learning/my/courses'),
          api.get('/api/learning/members/{memberId}/class-hours', { path: { memberId: me.memberId } }),
        ]);
        this.setData({ state: 'ready', courses: courses.map(courseLine), hours });
      } catch (error) {
        this.setData({ state: 'error', error: messageOf(error) });
      }
    },
    toExams() {
      wx.navigateTo({ url: '/pages/exam/list' });
    },
    open(e: WechatMiniprogram.TouchEvent) {
      wx.navigateTo({ url: `/pages/course/course?id=${e.currentTarget.dataset.id}` });
    },
  },
});
