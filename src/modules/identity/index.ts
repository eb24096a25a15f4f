// The identity module's public surface: what other modules and the composition roots may import. Its entity
// types are also reachable as `import type` from its entities/ folder.
export { IdentityModule } from './identity.module';
export { OAuthConsent } from './oauth/oauth-consent';
export { OAuthServer } from './oauth/oauth.server';
export { registerOAuthRoutes } from './oauth/oauth.routes';
