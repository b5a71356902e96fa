// A bank question's key as an administrator reads it. The service keeps the right options as indices from 0; people
// name options by letter (A, B, C …), as on a printed paper, and a true/false question as 正确 or 错误.
import { ref } from 'vue';
import { learningApi, ok } from '@/api/client';
import type { Question, QuestionKind } from '@/api/types';
import { useLatest } from '@/composables/loading';

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

/**
 * A page of the banks' questions, filtered by kind and tag on the server; a late answer to an older filter never
 * replaces a newer one. `search()` starts a new filter at its first page.
 */
export function useQuestionPage(size: number) {
  const kind = ref<QuestionKind | ''>('');
  const tag = ref('');
  const page = ref(1);
  const questions = ref<Question[]>([]);
  const total = ref(0);
  const loading = ref(false);
  const error = ref('');
  const latest = useLatest(loading, error);

  function load() {
    return latest(
      () => ok(learningApi.GET('/api/learning/questions', {
        params: { query: { kind: kind.value || undefined, tag: tag.value.trim() || undefined, page: page.value, size } },
      })),
      (answer) => {
        questions.value = answer.items ?? [];
        total.value = answer.total ?? 0;
      },
    );
  }

  function search() {
    page.value = 1;
    void load();
  }

  return { kind, tag, page, questions, total, loading, error, load, search };
}
