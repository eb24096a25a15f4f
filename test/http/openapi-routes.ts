// Reads the operations out of an OpenAPI document: method, path, path parameters and the x-access
// extension that @Public()/@Authenticated() write. Shared by the route-access snapshot and the
// cross-tenant sweep.
import type { OpenAPIObject } from '@nestjs/swagger';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type Access = { public: true } | { roles: string[] | 'any'; apiKeys: boolean };

export interface Operation {
  method: string;
  path: string;
  params: string[];
  access: Access | undefined;
  /** Required query parameters (name, example, schema). */
  query: Array<{ name: string; example?: unknown; schema?: any }>;
  requestBody?: any;
}

export function operations(doc: OpenAPIObject): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = (item as any)[method];
      if (!op) continue;
      out.push({
        method: method.toUpperCase(),
        path,
        params: [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]),
        access: op['x-access'],
        query: (op.parameters ?? []).filter((p: any) => p.in === 'query' && p.required),
        requestBody: op.requestBody,
      });
    }
  }
  return out.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Operations without an x-access extension, as "METHOD /path". */
export function undeclared(doc: OpenAPIObject): string[] {
  return operations(doc)
    .filter((o) => o.access === undefined)
    .map((o) => `${o.method} ${o.path}`);
}

/**
 * What a list response shows of other rows. The caller's own refused attempts are kept in its own
 * organization's audit log and name the ids it sent (it knew them already): they are not rows of org A.
 */
export function listedContent(path: string, body: unknown): string {
  if (path === '/api/audit/logs' && body && Array.isArray((body as { items?: unknown[] }).items)) {
    const items = (body as { items: Array<{ outcome?: string }> }).items.filter((e) => e.outcome !== 'denied');
    return JSON.stringify({ ...(body as object), items });
  }
  return JSON.stringify(body ?? '');
}
