// SQL fragments every tenant table repeats. Table names are code constants, never user input.

/** RLS on and forced (the owner is subject to it too, unless it bypasses RLS by attribute). */
export function enableRls(table: string): string {
  return `ALTER TABLE public.${table} ENABLE ROW LEVEL SECURITY;\nALTER TABLE public.${table} FORCE ROW LEVEL SECURITY;\n`;
}

/** The seed V triggers: org_id immutable after insert, updated_at kept by the database. */
export function tenantTriggers(table: string, opts: { orgId?: boolean; updatedAt?: boolean } = {}): string {
  const { orgId = true, updatedAt = true } = opts;
  let sql = '';
  if (orgId)
    sql += `CREATE TRIGGER org_id_immutable_${table} BEFORE UPDATE OF org_id ON public.${table} FOR EACH ROW EXECUTE FUNCTION public.prevent_org_id_change();\n`;
  if (updatedAt)
    sql += `CREATE TRIGGER update_${table}_updated_at BEFORE UPDATE ON public.${table} FOR EACH ROW EXECUTE FUNCTION public.update_updated_at_column();\n`;
  return sql;
}

/** The standard grant for tables jobs and webhooks manage: service_role may do everything RLS would let it. */
export function serviceGrant(table: string): string {
  return `GRANT SELECT, INSERT, UPDATE, DELETE ON public.${table} TO service_role;\n`;
}
