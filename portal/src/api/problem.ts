// A refused or failed call, as the user should read it: the problem's `detail` (already in Chinese, the
// gateway and the services answer in the language of Accept-Language), the stable `code` to act on, and the
// message of each field at fault, shown beside that field in forms.
export interface FieldProblem {
  field: string;
  message: string;
}

export interface RowProblem {
  row?: number;
  field?: string;
  message?: string;
  [key: string]: unknown;
}

interface ProblemBody {
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
  traceId?: string;
  errors?: FieldProblem[];
  rows?: RowProblem[];
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly traceId?: string;
  readonly errors: FieldProblem[];
  readonly rows: RowProblem[];

  constructor(status: number, body: ProblemBody | undefined) {
    super(ApiError.describe(status, body));
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.code ?? (status >= 500 ? 'UNAVAILABLE' : 'UNKNOWN');
    this.traceId = body?.traceId;
    this.errors = body?.errors ?? [];
    this.rows = body?.rows ?? [];
  }

  /** The reason given for one field, or undefined when that field is fine. */
  fieldMessage(field: string): string | undefined {
    return this.errors.find((e) => e.field === field)?.message;
  }

  /** Every field's reason keyed by field name, for a form's error slots. */
  fieldMessages(): Record<string, string> {
    return Object.fromEntries(this.errors.map((e) => [e.field, e.message]));
  }

  static from(status: number, body: unknown): ApiError {
    return new ApiError(status, typeof body === 'object' && body !== null ? (body as ProblemBody) : undefined);
  }

  private static describe(status: number, body: ProblemBody | undefined): string {
    if (body?.detail) return body.detail;
    if (body?.title) return body.title;
    if (status === 0) return '无法连接服务器，请检查网络后重试。';
    if (status >= 500) return `服务暂时不可用（HTTP ${status}），请稍后重试。`;
    return `请求未成功（HTTP ${status}）。`;
  }
}

/** What to show for any error caught on a page: a problem's detail, or a plain sentence, never a stack. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return '无法连接服务器，请检查网络后重试。';
  return '出现了意外错误，请刷新页面后重试。';
}
