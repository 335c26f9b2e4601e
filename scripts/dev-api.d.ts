// Types of scripts/dev-api.js for vite.config.ts, which the type check covers (allowJs is off).

export interface DevApiRequest {
  method: string;
  /** The URL's path, without the query. */
  path: string;
}

export interface DevApiResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** Answers `GET /dist/<file>`; `undefined` for any other request. */
export function handleDevApi(request: DevApiRequest): Promise<DevApiResponse | undefined>;
