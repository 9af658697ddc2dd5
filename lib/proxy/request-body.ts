/**
 * The largest operation input is a few KB (20 GA destinations, 10 relay groups of 10 origins); anything near this
 * is not the console. Checked before the body is parsed, so a huge body costs neither memory nor a JSON parse.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** What reading a body needs: a web `Request` has all of it; the run command's fast path passes `text` only. */
export interface BodySource {
  headers: Pick<Headers, "get">;
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

/**
 * The body as UTF-8 text (malformed bytes become U+FFFD, never an exception), or `null` when it is larger than
 * `limit`: by its Content-Length before anything is read, and by counting the bytes as they stream in — a chunked
 * body, or one longer than it said, is cut off at the limit instead of being buffered whole.
 */
export async function readBodyText(source: BodySource, limit = MAX_BODY_BYTES): Promise<string | null> {
  const declared = source.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) return null;
  if (!source.body) {
    const text = await source.text();
    return Buffer.byteLength(text) > limit ? null : text;
  }
  const reader = source.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
