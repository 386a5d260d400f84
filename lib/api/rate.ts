// The per-token limit of the authenticated API (lib/api/bearer.ts), also printed in the OpenAPI document.
export const API_RATE = { points: 300, duration: 60 } as const;
