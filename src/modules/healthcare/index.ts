// The healthcare module's public surface: what other modules and the composition roots may import. Its entity
// types are also reachable as `import type` from its entities/ folder.
export { HealthcareModule } from './healthcare.module';
// The import-token encryption (AES-256-GCM, DATA_ENCRYPTION_KEY), reused for AI-doctor transcripts.
export { SecretBox } from './patient-data/secret-box';
