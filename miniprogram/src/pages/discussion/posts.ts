import type { DiscussionPost } from '../../api/types';
import { instant } from '../../utils/time';

/** A post as members see it: of the author only the name and branch, and when. */
export function postView(p: DiscussionPost) {
  return {
    id: p.id ?? '',
    title: p.title ?? '',
    body: p.body ?? '',
    line: [p.authorName, p.authorOrgName, instant(p.createdAt), p.replyCount ? `${p.replyCount} 条回复` : '']
      .filter(Boolean).join(' · '),
  };
}
