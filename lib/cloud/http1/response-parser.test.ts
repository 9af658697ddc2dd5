import { describe, expect, it } from "vitest";
import { HttpProtocolError, ResponseParser, type ParsedResponse } from "./response-parser";

/** Feeds `wire` in pieces of `step` bytes (1 = byte by byte: every split point a socket could produce). */
function feed(wire: string, step: number, parser = new ResponseParser()): ParsedResponse | undefined {
  const bytes = Buffer.from(wire, "utf8");
  for (let i = 0; i < bytes.length; i += step) {
    const done = parser.push(bytes.subarray(i, i + step));
    if (done) return done;
  }
  return undefined;
}

const json = '{"RequestId":"R-1","名":"源站"}';

describe("ResponseParser", () => {
  for (const step of [1, 3, 1024]) {
    it(`reads a Content-Length body split every ${step} byte(s), UTF-8 intact, connection reusable`, () => {
      const length = Buffer.byteLength(json);
      const response = feed(
        `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nX-Acs-Request-Id: R-1\r\n\r\n${json}`,
        step,
      )!;
      expect(response.status).toBe(200);
      expect(response.headers.get("x-acs-request-id")).toBe("R-1");
      expect(response.body.toString("utf8")).toBe(json);
      expect(response.keepAlive).toBe(true);
      expect(response.extra).toBe(0);
    });

    it(`decodes a chunked body with extensions and trailers, split every ${step} byte(s)`, () => {
      const [a, b] = [Buffer.from('{"RequestId":', "utf8"), Buffer.from('"R-2","名":"x"}', "utf8")];
      const wire =
        `HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n` +
        `${a.length.toString(16)};ext=1\r\n${a}\r\n${b.length.toString(16).toUpperCase()}\r\n${b}\r\n0\r\nX-Trailer: t\r\n\r\n`;
      const response = feed(wire, step)!;
      expect(response.status).toBe(400);
      expect(response.body.toString("utf8")).toBe('{"RequestId":"R-2","名":"x"}');
      expect(response.keepAlive).toBe(true);
    });
  }

  it("skips an interim 100 Continue and reads the real reply that follows", () => {
    const response = feed(
      `HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\nok`,
      5,
    )!;
    expect(response.status).toBe(201);
    expect(response.body.toString()).toBe("ok");
  });

  it("joins repeated headers and lower-cases names", () => {
    const response = feed(`HTTP/1.1 204 No Content\r\nVary: a\r\nVARY: b\r\n\r\n`, 100)!;
    expect(response.headers.get("vary")).toBe("a, b");
    expect(response.body.length).toBe(0);
  });

  it("completes a body-less reply to HEAD and 304 at once, whatever Content-Length says", () => {
    expect(
      feed(`HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n`, 100, new ResponseParser(true)),
    ).toBeDefined();
    expect(feed(`HTTP/1.1 304 Not Modified\r\nContent-Length: 99\r\n\r\n`, 100)).toBeDefined();
  });

  it("does not reuse the connection when the server says close, speaks HTTP/1.0 or sends extra bytes", () => {
    expect(feed(`HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, 100)!.keepAlive).toBe(
      false,
    );
    expect(feed(`HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n`, 100)!.keepAlive).toBe(false);
    expect(
      feed(`HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\nContent-Length: 0\r\n\r\n`, 100)!.keepAlive,
    ).toBe(true);
    expect(feed(`HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nab`, 100)!.extra).toBe(1);
    // Both framings at once is a smuggling pattern: chunked wins, and the connection is not reused.
    const both = feed(
      `HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      100,
    )!;
    expect(both.body.length).toBe(0);
    expect(both.keepAlive).toBe(false);
  });

  it("reads a body without length to the close; a body cut short is a reset, not a success", () => {
    const parser = new ResponseParser();
    expect(feed(`HTTP/1.1 200 OK\r\n\r\npartial`, 4, parser)).toBeUndefined();
    const response = parser.end();
    expect(response.body.toString()).toBe("partial");
    expect(response.keepAlive).toBe(false);

    const cut = new ResponseParser();
    expect(feed(`HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc`, 100, cut)).toBeUndefined();
    expect(() => cut.end()).toThrow(expect.objectContaining({ code: "ECONNRESET" }));
    expect(() => new ResponseParser().end()).toThrow(expect.objectContaining({ code: "ECONNRESET" }));
  });

  it.each([
    ["a status line that is not HTTP/1.x", "HTTP/2 200\r\n\r\n"],
    ["a header line without a colon", "HTTP/1.1 200 OK\r\nBroken\r\n\r\n"],
    ["conflicting Content-Length values", "HTTP/1.1 200 OK\r\nContent-Length: 1, 2\r\n\r\nab"],
    ["a negative Content-Length", "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n"],
    ["a chunk size that is not hex", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"],
    ["chunk data longer than announced", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n"],
    ["a protocol switch", "HTTP/1.1 101 Switching Protocols\r\n\r\n"],
  ])("refuses %s", (_name, wire) => {
    expect(() => feed(wire, 100)).toThrow(HttpProtocolError);
  });

  it("refuses endless headers and a body over the limit instead of buffering them", () => {
    const parser = new ResponseParser();
    expect(() => parser.push(Buffer.alloc(70 * 1024, "a"))).toThrow(/headers too large/);
    const small = new ResponseParser(false, 8);
    expect(() => feed(`HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\n123456789`, 100, small)).toThrow(
      /body too large/,
    );
  });
});
