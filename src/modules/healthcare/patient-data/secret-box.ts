// Import sources' auth tokens are sealed with the platform's SecretBox (common/crypto/secret-box.ts).
export { SecretBox } from '../../../common/crypto/secret-box';

export const importTokenAad = (sourceId: string) => `patient_data_import_sources.auth_token:${sourceId}`;
