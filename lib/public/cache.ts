// The public pages' cache. The profile pages are force-static route handlers (Next's full-route cache keeps each
// path's document after its first request); the /profiles list reads every current profile through the data
// cache and filters it per request. Both keep being served while the database is down, and publishing or
// correcting a profile expires them (`revalidatePublished`, called after the commit).
import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { listPublishedProfiles } from "@/lib/domain/publication/queries";
import { PROFILES_PATH, profileHref, versionHref } from "./paths";

export const PUBLISHED_PROFILES_TAG = "published-profiles";

/** Every published profile's current version (one query when the cache misses). Dates come back as strings. */
export const cachedProfileList = unstable_cache(() => listPublishedProfiles({}), ["public-profile-list"], { tags: [PUBLISHED_PROFILES_TAG] });

/** Next throws this when a cache function runs outside a request it handles (the seed, scripts, the tests). */
const outsideNext = (error: unknown) => error instanceof Error && /static generation store missing|incrementalCache missing/.test(error.message);

/**
 * Expires, at once, the list and the pages of `slug`: the current page and every version's (1…`latest`), so an
 * address that answered 404 before (a new slug, the next version) is rendered again. Outside Next there is no
 * cache to expire; a failure here must not undo a publication that has committed, so it is logged, not thrown.
 */
export function revalidatePublished(slug: string, latest: number): void {
  try {
    revalidateTag(PUBLISHED_PROFILES_TAG, { expire: 0 });
    revalidatePath(PROFILES_PATH);
    revalidatePath(profileHref(slug));
    for (let version = 1; version <= latest; version++) revalidatePath(versionHref(slug, version));
  } catch (error) {
    if (outsideNext(error)) return;
    console.error("revalidating the public profile pages failed", error);
  }
}
