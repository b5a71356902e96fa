// A lesson's video, audio or PDF, uploaded in parts: a lecture's video is hundreds of megabytes, more than one
// request may carry (the gateway takes 10 MB), and on a weak connection a lost part is sent again, not the file.
// The service says how large each part is; it joins them, judges the type by the content and applies its cap.
import { authorisedFetch, learningApi, ok } from './client';
import { problemOf } from './files';
import type { Media } from './types';

/** How often a part is tried before the upload gives up: network failures and 5xx only, a refusal at once. */
const ATTEMPTS = 3;

async function sendPart(id: string, n: number, part: Blob): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      response = await authorisedFetch(new Request(new URL(`/api/learning/media/${id}/parts/${n}`, location.origin), {
        method: 'PUT',
        body: part,
        headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
      }));
    } catch (e) {
      if (attempt >= ATTEMPTS) throw e;
      continue;
    }
    if (response.ok) return;
    if (response.status < 500 || attempt >= ATTEMPTS) throw await problemOf(response);
  }
}

/**
 * Uploads `file` for the organisation `orgId` (the caller's when absent) and returns it complete; `progress` hears
 * the share sent so far, from 0 to 1. A refusal (wrong type, too large) is thrown as the service's problem.
 */
export async function uploadMedia(file: File, orgId: string | undefined, progress?: (share: number) => void): Promise<Media> {
  const started = await ok(learningApi.POST('/api/learning/media', { body: { fileName: file.name, size: String(file.size), orgId } }));
  const id = String(started.id);
  const partSize = Number(started.partSize);
  const count = Number(started.partCount);
  progress?.(0);
  for (let n = 1; n <= count; n++) {
    await sendPart(id, n, file.slice((n - 1) * partSize, Math.min(file.size, n * partSize)));
    progress?.(n / count);
  }
  return ok(learningApi.POST('/api/learning/media/{id}/complete', { params: { path: { id } } }));
}
