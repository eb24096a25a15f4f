// A client for any OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Gemini's compatible endpoint, Ollama,
// vLLM, llama.cpp server) over Node's fetch. The official `openai` package's current major needs Node 22;
// this service runs on Node 20, and the two calls it makes (chat completions, embeddings) are small enough
// to speak directly. Each attempt has a time limit; 429, 5xx and network errors are retried with
// exponential backoff and jitter (Retry-After honoured, capped), other errors are not.
import type {
  ChatTurn,
  Embedder,
  Embeddings,
  GenerateOptions,
  Generation,
  TextGenerator,
  Usage,
} from './model.types';
import { ModelError } from './model.types';

export interface EndpointOptions {
  baseUrl: string;
  apiKey?: string;
  timeoutMs: number;
  maxRetries: number;
  /** Base of the exponential backoff (ms). */
  backoffMs?: number;
}

interface ChatCompletion {
  choices?: { message?: { content?: string | null }; delta?: { content?: string | null } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
}

const MAX_RETRY_AFTER_MS = 10_000;
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason as Error)), {
      once: true,
    });
  });

export class OpenAiCompatibleEndpoint {
  private readonly base: string;

  constructor(private readonly opts: EndpointOptions) {
    this.base = opts.baseUrl.replace(/\/+$/, '');
  }

  /** POSTs JSON; answers the successful response (the body not yet read). */
  async post(path: string, body: unknown, signal?: AbortSignal): Promise<Response> {
    const { maxRetries, timeoutMs, backoffMs = 250 } = this.opts;
    for (let attempt = 0; ; attempt++) {
      const timeout = AbortSignal.timeout(timeoutMs);
      const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
      let res: Response;
      try {
        res = await fetch(`${this.base}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}),
          },
          body: JSON.stringify(body),
          signal: combined,
        });
      } catch {
        if (signal?.aborted) throw new ModelError('The call was cancelled.', null, false);
        const timedOut = timeout.aborted;
        const error = new ModelError(
          timedOut
            ? `The model did not answer within ${timeoutMs} ms.`
            : 'The model endpoint is unreachable.',
          null,
          true,
        );
        if (attempt >= maxRetries) throw error;
        await sleep(this.backoff(attempt, backoffMs), signal);
        continue;
      }
      if (res.ok) return res;
      const retryable = res.status === 429 || res.status >= 500;
      await res.body?.cancel().catch(() => undefined);
      const error = new ModelError(`The model endpoint answered ${res.status}.`, res.status, retryable);
      if (!retryable || attempt >= maxRetries) throw error;
      const retryAfter = Number(res.headers.get('retry-after'));
      const wait =
        Number.isFinite(retryAfter) && retryAfter > 0
          ? Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS)
          : this.backoff(attempt, backoffMs);
      await sleep(wait, signal);
    }
  }

  private backoff(attempt: number, base: number): number {
    return base * 2 ** attempt * (0.5 + Math.random() / 2);
  }
}

const usageOf = (u: ChatCompletion['usage']): Usage => ({
  promptTokens: u?.prompt_tokens ?? null,
  completionTokens: u?.completion_tokens ?? null,
});

export class OpenAiCompatibleGenerator implements TextGenerator {
  readonly external = true;

  constructor(
    private readonly endpoint: OpenAiCompatibleEndpoint,
    readonly model: string,
  ) {}

  async generate(turns: ChatTurn[], opts: GenerateOptions = {}): Promise<Generation> {
    const res = await this.endpoint.post(
      '/chat/completions',
      { model: this.model, messages: turns, ...(opts.maxTokens ? { max_tokens: opts.maxTokens } : {}) },
      opts.signal,
    );
    const body = (await res.json()) as ChatCompletion;
    const text = body.choices?.[0]?.message?.content;
    if (typeof text !== 'string')
      throw new ModelError('The model answered without a message.', res.status, false);
    return { text, ...usageOf(body.usage) };
  }

  /** Server-sent events of chat.completion.chunk objects, ended by `data: [DONE]`. */
  async *stream(turns: ChatTurn[], opts: GenerateOptions = {}): AsyncGenerator<string, Usage, void> {
    const res = await this.endpoint.post(
      '/chat/completions',
      {
        model: this.model,
        messages: turns,
        stream: true,
        stream_options: { include_usage: true },
        ...(opts.maxTokens ? { max_tokens: opts.maxTokens } : {}),
      },
      opts.signal,
    );
    if (!res.body) throw new ModelError('The model answered without a body.', res.status, false);
    let usage: Usage = { promptTokens: null, completionTokens: null };
    let buffer = '';
    let done = false;
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (!line.startsWith('data:')) continue;
        const data = line.slice(5).trim();
        if (data === '[DONE]') {
          done = true;
          continue;
        }
        let event: ChatCompletion;
        try {
          event = JSON.parse(data) as ChatCompletion;
        } catch {
          throw new ModelError('The model sent a malformed stream event.', res.status, false);
        }
        if (event.usage) usage = usageOf(event.usage);
        const delta = event.choices?.[0]?.delta?.content;
        if (delta) yield delta;
      }
    }
    if (!done) throw new ModelError('The model stream ended before it was complete.', res.status, false);
    return usage;
  }
}

export class OpenAiCompatibleEmbedder implements Embedder {
  readonly external = true;

  constructor(
    private readonly endpoint: OpenAiCompatibleEndpoint,
    readonly model: string,
    readonly dimensions: number,
  ) {}

  async embed(texts: string[], opts: { signal?: AbortSignal } = {}): Promise<Embeddings> {
    const res = await this.endpoint.post('/embeddings', { model: this.model, input: texts }, opts.signal);
    const body = (await res.json()) as {
      data?: { index: number; embedding: number[] }[];
      usage?: { prompt_tokens?: number };
    };
    const data = [...(body.data ?? [])].sort((a, b) => a.index - b.index);
    if (data.length !== texts.length)
      throw new ModelError('The model answered a different number of embeddings.', res.status, false);
    for (const d of data)
      if (d.embedding?.length !== this.dimensions)
        throw new ModelError(
          `The embedding model answered ${d.embedding?.length} dimensions; AI_EMBEDDING_DIMENSIONS is ${this.dimensions}.`,
          res.status,
          false,
        );
    return {
      vectors: data.map((d) => d.embedding),
      promptTokens: body.usage?.prompt_tokens ?? null,
      completionTokens: null,
    };
  }
}
