/**
 * Event streams (`text/event-stream`), used only by the sandbox's invented streams (routes-chat.ts).
 * The server records when each opened and when the client went away, so a test can check that a
 * page's cancel really closed the connection.
 */
import type { Res } from './http';
import type { World } from './world';

export interface EventStream {
  send(event: string, data: unknown): void;
  comment(text: string): void;
  onClose(fn: () => void): void;
}

export function openEventStream(world: World, res: Res, path: string): EventStream {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
  });
  // A first comment so the client sees the response (headers and a chunk) at once.
  res.write(': open\n\n');
  const record = { path, openedAt: Date.now(), closedAt: null as number | null };
  world.streams.push(record);
  const cleanups: (() => void)[] = [];
  let closed = false;
  const closed_ = () => {
    if (closed) return;
    closed = true;
    record.closedAt = Date.now();
    world.openResponses.delete(serverClose);
    for (const fn of cleanups.splice(0)) fn();
  };
  const serverClose = () => {
    closed_();
    if (!res.writableEnded) res.end();
  };
  world.openResponses.add(serverClose);
  res.on('close', closed_);
  return {
    send(event, data) {
      if (!closed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
    comment(text) {
      if (!closed) res.write(`: ${text}\n\n`);
    },
    onClose(fn) {
      if (closed) fn();
      else cleanups.push(fn);
    },
  };
}
