// Files to and from the API with the session's token: downloads (templates, exports, letters) are fetched and
// handed to the browser as a blob, since a plain link would carry no token.
import { authorisedFetch } from './client';
import { ApiError } from './problem';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The problem an error answer carries, as an ApiError (its body may be no JSON at all). */
export async function problemOf(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return ApiError.from(response.status, body);
}

function filenameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** GETs a file and saves it under the name the service gives (or `fallback`). */
export async function download(path: string, fallback: string, accept = '*/*'): Promise<void> {
  const response = await authorisedFetch(new Request(new URL(path, location.origin), { headers: { Accept: accept } }));
  if (!response.ok) throw await problemOf(response);
  save(await response.blob(), filenameOf(response, fallback));
}

/** POSTs one file as multipart field `file`; the answer's JSON, or its problem thrown. */
export async function upload<T>(path: string, file: File, accept = 'application/json'): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const response = await authorisedFetch(
    new Request(new URL(path, location.origin), { method: 'POST', body: form, headers: { Accept: accept } }),
  );
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

/** POSTs one file asking for a workbook back (an import's rows annotated with their reasons) and saves it. */
export async function uploadForWorkbook(path: string, file: File, filename: string): Promise<void> {
  const form = new FormData();
  form.append('file', file);
  const response = await authorisedFetch(
    new Request(new URL(path, location.origin), { method: 'POST', body: form, headers: { Accept: `${XLSX}, application/problem+json` } }),
  );
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.startsWith(XLSX)) {
    if (!response.ok) throw await problemOf(response);
    throw new ApiError(response.status, { detail: '这次导入没有出错，无需下载标注文件。' });
  }
  save(await response.blob(), filename);
}

/** An image the API serves (a photo), as an object URL an <img> can show; revoke it when done. */
export async function imageUrl(path: string): Promise<string> {
  const response = await authorisedFetch(new Request(new URL(path, location.origin), { headers: { Accept: 'image/*' } }));
  if (!response.ok) throw await problemOf(response);
  return URL.createObjectURL(await response.blob());
}
