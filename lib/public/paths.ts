// The addresses of the public pages, and the stylesheet they share (public/profiles.css).
export const PROFILES_PATH = "/profiles";
export const PUBLIC_STYLESHEET = "/profiles.css";

export const profileHref = (slug: string) => `${PROFILES_PATH}/${encodeURIComponent(slug)}`;
export const versionHref = (slug: string, version: number) => `${profileHref(slug)}/versions/${version}`;
