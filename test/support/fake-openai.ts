// A local OpenAI-compatible server for tests (127.0.0.1, a free port): chat completions (whole or streamed
// as server-sent events) and embeddings, with scripted replies, errors, slow answers and dropped streams, so
// the real client code path runs and no test reaches the internet. Replies are consumed in order; with none
// scripted, the default reply answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeReply {
  /** An HTTP error status to answer instead (with an OpenAI-style error body). */
  status?: number;
  /** Retry-After header (seconds) of an error answer. */
  retryAfter?: number;
  /** The assistant's text (chat) – streamed in `chunks` when the request streams and chunks are given. */
  text?: string;
  chunks?: string[];
  /** Wait before answering (ms). */
  delayMs?: number;
  /** Wait between stream chunks (ms). */
  chunkDelayMs?: number;
  /** Close the connection after this many chunks, without [DONE]. */
  dropAfterChunks?: number;
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface FakeRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class FakeOpenAi {
  readonly requests: FakeRequest[] = [];
  private readonly queue: FakeReply[] = [];
  defaultReply: FakeReply = {
    text: 'Hello from the fake model.',
    usage: { prompt_tokens: 11, completion_tokens: 7 },
  };
  url = '';
  private server?: Server;

  constructor(readonly embeddingDimensions = 256) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.destroy()));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  /** Replies for the next requests, in order. */
  script(...replies: FakeReply[]): void {
    this.queue.push(...replies);
  }

  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const path = (req.url ?? '').replace(/^\/v1/, '');
    this.requests.push({ path, headers: req.headers, body });
    const reply = this.queue.shift() ?? this.defaultReply;
    if (reply.delayMs) await sleep(reply.delayMs);
    if (res.destroyed) return;
    if (reply.status) {
      res.writeHead(reply.status, {
        'content-type': 'application/json',
        ...(reply.retryAfter !== undefined ? { 'retry-after': String(reply.retryAfter) } : {}),
      });
      res.end(JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }));
      return;
    }
    if (path === '/embeddings') return this.embeddings(body, reply, res);
    if (path === '/chat/completions') return this.chat(body, reply, res);
    res.writeHead(404).end();
  }

  private embeddings(body: Record<string, unknown>, reply: FakeReply, res: ServerResponse): void {
    const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
    const data = input.map((text, index) => {
      const v = Array.from({ length: this.embeddingDimensions }, (_, i) =>
        Math.sin((i + 1) * (text.length + 1)),
      );
      const norm = Math.hypot(...v);
      return { object: 'embedding', index, embedding: v.map((x) => x / norm) };
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        object: 'list',
        data,
        usage: { prompt_tokens: input.join(' ').length, total_tokens: 0 },
      }),
    );
  }

  private async chat(body: Record<string, unknown>, reply: FakeReply, res: ServerResponse): Promise<void> {
    const text = reply.text ?? '';
    const usage = reply.usage ?? { prompt_tokens: 5, completion_tokens: 5 };
    if (!body.stream) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: 'chatcmpl-fake',
          object: 'chat.completion',
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
          usage,
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const chunks = reply.chunks ?? [text];
    const event = (obj: unknown) => res.write(`data: ${JSON.stringify(obj)}\n\n`);
    for (let i = 0; i < chunks.length; i++) {
      if (reply.dropAfterChunks !== undefined && i >= reply.dropAfterChunks) {
        res.destroy();
        return;
      }
      event({
        id: 'chatcmpl-fake',
        object: 'chat.completion.chunk',
        choices: [{ index: 0, delta: { content: chunks[i] } }],
      });
      if (reply.chunkDelayMs) await sleep(reply.chunkDelayMs);
      if (res.destroyed) return;
    }
    event({ id: 'chatcmpl-fake', object: 'chat.completion.chunk', choices: [], usage });
    res.end('data: [DONE]\n\n');
  }
}

export async function startFakeOpenAi(embeddingDimensions?: number): Promise<FakeOpenAi> {
  return new FakeOpenAi(embeddingDimensions).start();
}
