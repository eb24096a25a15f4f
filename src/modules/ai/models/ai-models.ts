// Which implementation serves each capability, from the configuration: an OpenAI-compatible endpoint when
// AI_BASE_URL names one (chat with AI_CHAT_MODEL, embeddings with AI_EMBEDDING_MODEL), otherwise the offline
// ones. Chat has no offline stand-in: without a model it answers 503.
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type ResolvedConfig } from '../../../common/config/config';
import { LexicalEmbedder } from './lexical-embedder';
import type { Embedder, TextGenerator } from './model.types';
import {
  OpenAiCompatibleEmbedder,
  OpenAiCompatibleEndpoint,
  OpenAiCompatibleGenerator,
} from './openai-compatible.client';

@Injectable()
export class AiModels {
  readonly chat: TextGenerator | null;
  readonly embedder: Embedder;
  readonly lexical: LexicalEmbedder;

  constructor(@Inject(APP_CONFIG) config: ResolvedConfig) {
    const endpoint = config.AI_BASE_URL
      ? new OpenAiCompatibleEndpoint({
          baseUrl: config.AI_BASE_URL,
          apiKey: config.AI_API_KEY,
          timeoutMs: config.AI_TIMEOUT_MS,
          maxRetries: config.AI_MAX_RETRIES,
        })
      : null;
    this.chat =
      endpoint && config.AI_CHAT_MODEL ? new OpenAiCompatibleGenerator(endpoint, config.AI_CHAT_MODEL) : null;
    this.lexical = new LexicalEmbedder(config.AI_EMBEDDING_DIMENSIONS);
    this.embedder =
      endpoint && config.AI_EMBEDDING_MODEL
        ? new OpenAiCompatibleEmbedder(endpoint, config.AI_EMBEDDING_MODEL, config.AI_EMBEDDING_DIMENSIONS)
        : this.lexical;
  }
}
