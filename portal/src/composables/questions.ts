// A bank question's key as an administrator reads it. The service keeps the right options as indices from 0; people
// name options by letter (A, B, C …), as on a printed paper, and a true/false question as 正确 or 错误.
import type { Question } from '@/api/types';

/** The letter of the option at this index: 0 → A. */
export function letter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The key in words: "A、C" for choice questions, 正确/错误 for true/false, the accepted texts of a fill-in. */
export function keyOf(question: Question): string {
  const correct = question.correct ?? [];
  switch (question.kind) {
    case 'TRUE_FALSE':
      return correct[0] === 0 ? '正确' : correct[0] === 1 ? '错误' : '';
    case 'FILL':
      return (question.accepted ?? []).join(' / ');
    default:
      return [...correct].sort((a, b) => a - b).map(letter).join('、');
  }
}
