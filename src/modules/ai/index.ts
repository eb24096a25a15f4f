// The AI module's public surface: what other modules and the composition roots may import. Its entity types
// are also reachable as `import type` from its entities/ folder.
export { AiModule } from './ai.module';
