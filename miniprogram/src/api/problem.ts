/**
 * A refused or failed call as a member should read it: the problem's `detail` (the gateway and the services answer in
 * Chinese), the stable `code` to act on, the reason of each field at fault, and what else the problem carries (the
 * WeChat login's bind ticket).
 */
export interface FieldProblem {
  field: string;
  message: string;
}

interface ProblemBody {
  title?: string;
  code?: string;
  detail?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldProblem[];
  readonly body: ProblemBody;

  constructor(status: number, body: unknown) {
    const problem: ProblemBody = typeof body === 'object' && body !== null ? (body as ProblemBody) : {};
    super(ApiError.describe(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code ?? (status === 0 ? 'OFFLINE' : status >= 500 ? 'UNAVAILABLE' : 'UNKNOWN');
    this.errors = problem.errors ?? [];
    this.body = problem;
  }

  /** The reason given for one field, or undefined when that field is fine. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  private static describe(status: number, problem: ProblemBody): string {
    if (problem.detail) return problem.detail;
    if (problem.title) return problem.title;
    if (status === 0) return '网络不通，请检查网络后重试。';
    if (status >= 500) return `服务暂时不可用（${status}），请稍后重试。`;
    return `请求未成功（${status}）。`;
  }
}

/** What a page shows for any error it caught: a problem's detail, or a plain sentence, never a stack. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : '出现了意外错误，请稍后重试。';
}
