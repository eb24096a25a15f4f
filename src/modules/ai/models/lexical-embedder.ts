// The offline embedder, the default when no embedding model is configured. No embedding model that ships in
// a registry package runs here without downloading weights (the transformer runtimes fetch models at first
// use), so the default is lexical and documented: each text becomes a bag of features (lower-cased word
// unigrams and bigrams, and character trigrams of each word padded with spaces), each feature is hashed
// (FNV-1a, 32 bits) into one of `dimensions` buckets with a sign taken from another bit of the hash (the
// "hashing trick", which keeps collisions unbiased), counts are damped (1 + ln tf) and weighted (words 1,
// bigrams 0.5, trigrams 0.25), and the vector is L2-normalised, so cosine similarity is a dot product. It
// finds texts that share words and word pieces (typos, plurals), not paraphrases; it is deterministic, costs
// microseconds, and sends nothing anywhere.
import type { Embedder, Embeddings } from './model.types';

const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class LexicalEmbedder implements Embedder {
  readonly model = 'carebase-lexical-v1';
  readonly external = false;

  constructor(readonly dimensions: number) {}

  async embed(texts: string[]): Promise<Embeddings> {
    return { vectors: texts.map((t) => this.vector(t)), promptTokens: null, completionTokens: null };
  }

  /** The embedding of one text (all zeros for a text without words). */
  vector(text: string): number[] {
    const counts = new Map<string, { n: number; weight: number }>();
    const add = (feature: string, weight: number) => {
      const c = counts.get(feature);
      if (c) c.n++;
      else counts.set(feature, { n: 1, weight });
    };
    const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
    words.forEach((w, i) => {
      add(`w:${w}`, 1);
      if (i > 0) add(`b:${words[i - 1]} ${w}`, 0.5);
      const padded = ` ${w} `;
      for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.25);
    });
    const v = new Array<number>(this.dimensions).fill(0);
    for (const [feature, { n, weight }] of counts) {
      const h = fnv1a(feature);
      const sign = h & 0x80000000 ? -1 : 1;
      v[h % this.dimensions] += sign * weight * (1 + Math.log(n));
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    return norm > 0 ? v.map((x) => x / norm) : v;
  }
}
