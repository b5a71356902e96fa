/**
 * What a meeting's QR code says: points-service encodes the mini-program's check-in page with the meeting and its
 * signed code ("pages/meeting/check-in?meetingId=…&code=…"). Null for any other QR code.
 */
export function parseCheckIn(scanned: string): { meetingId: string; code: string } | null {
  const query = scanned.split('?')[1];
  if (!scanned.includes('meeting/check-in') || !query) return null;
  const params = new Map(query.split('&').map((pair) => {
    const at = pair.indexOf('=');
    return [decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))] as [string, string];
  }));
  const meetingId = params.get('meetingId');
  const code = params.get('code');
  return meetingId && code ? { meetingId, code } : null;
}
