import type { Alert, AlertChanges, BrandOverview, DailyDigest, Me, ShareOfVoiceReport, Timeline } from './types';

/** A failed API call, with the server's problem title/detail when it sent one. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export const LOGIN_PAGE = '/login.html';

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', ...init.headers },
  });
  if (response.status === 401) {
    // The session cookie expired or was never set: the sign-in page brings the user back to "/".
    location.assign(LOGIN_PAGE);
    throw new HttpError(401, 'Not signed in');
  }
  if (!response.ok) {
    throw new HttpError(response.status, await problemText(response));
  }
  return response.status === 204 ? (undefined as T) : ((await response.json()) as T);
}

async function problemText(response: Response): Promise<string> {
  try {
    const problem = (await response.json()) as { title?: string; detail?: string };
    return problem.detail ?? problem.title ?? `HTTP ${response.status}`;
  } catch {
    return `HTTP ${response.status}`;
  }
}

const post = <T>(path: string) => request<T>(path, { method: 'POST' });

export const api = {
  me: () => request<Me>('/api/auth/me'),
  logout: () => post<void>('/api/auth/logout'),
  overview: () => request<BrandOverview[]>('/api/brands/overview'),
  timeline: (brand: string, minutes: number) =>
    request<Timeline>(`/api/brands/${encodeURIComponent(brand)}/timeline?minutes=${minutes}`),
  shareOfVoice: (brand: string, hours: number) =>
    request<ShareOfVoiceReport>(`/api/brands/${encodeURIComponent(brand)}/share-of-voice?hours=${hours}`),
  digests: (brand: string) => request<DailyDigest[]>(`/api/brands/${encodeURIComponent(brand)}/digests`),
  changes: (since: number) => request<AlertChanges>(`/api/alerts/changes?since=${since}`),
  acknowledge: (id: string) => post<Alert>(`/api/alerts/${encodeURIComponent(id)}/acknowledge`),
  resolve: (id: string) => post<Alert>(`/api/alerts/${encodeURIComponent(id)}/resolve`),
};
