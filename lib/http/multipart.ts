// Reads an upload's multipart/form-data body under a hard byte cap, counting as it streams: past the cap it
// stops reading and refuses (413) without waiting for, or keeping, the rest.
import { REFUSALS, type Refusal } from "./refusal";

export class BodyRefused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.title);
  }
}

const MULTIPART = /^multipart\/form-data\s*(;|$)/i;

export async function readMultipartForm(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!MULTIPART.test(type)) throw new BodyRefused(REFUSALS.notMultipart);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new BodyRefused(REFUSALS.tooLarge);
  if (!request.body) throw new BodyRefused(REFUSALS.badBody);

  const reader = request.body.getReader();
  let seen = 0;
  let tooLarge = false;
  const capped = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) return controller.close();
      seen += value.byteLength;
      if (seen > maxBytes) {
        tooLarge = true;
        // Released, not cancelled: cancelling would destroy the socket before the 413 could be sent.
        reader.releaseLock();
        return controller.error(new BodyRefused(REFUSALS.tooLarge));
      }
      controller.enqueue(value);
    },
  });
  try {
    return await new Response(capped, { headers: { "Content-Type": type } }).formData();
  } catch {
    throw new BodyRefused(tooLarge ? REFUSALS.tooLarge : REFUSALS.badBody);
  }
}
