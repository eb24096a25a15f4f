// The one provider interface of the AI module: text generation (whole or streamed) and embeddings. The real
// implementations speak to an OpenAI-compatible endpoint; the offline ones (lexical embedder, rule-based
// writer) run in-process and are not model calls.
export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface Usage {
  promptTokens: number | null;
  completionTokens: number | null;
}

export interface Generation extends Usage {
  text: string;
}

export interface GenerateOptions {
  signal?: AbortSignal;
  maxTokens?: number;
}

export interface TextGenerator {
  /** The model name logged with each call. */
  readonly model: string;
  /** True when calls leave the process (logged in ai_command_logs, counted against the budget). */
  readonly external: boolean;
  generate(turns: ChatTurn[], opts?: GenerateOptions): Promise<Generation>;
  /** Yields text deltas; the final usage is returned when the iteration ends. */
  stream(turns: ChatTurn[], opts?: GenerateOptions): AsyncGenerator<string, Usage, void>;
}

export interface Embeddings extends Usage {
  vectors: number[][];
}

export interface Embedder {
  readonly model: string;
  readonly external: boolean;
  readonly dimensions: number;
  embed(texts: string[], opts?: { signal?: AbortSignal }): Promise<Embeddings>;
}

/** A failure of the model endpoint: status (when it answered), whether a retry could help. */
export class ModelError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}
