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

/**
 * The audit triggers (Audit migration): every INSERT, UPDATE and DELETE of the table leaves an audit_logs row
 * in the same transaction (table, row id, names of the changed columns, the caller's claims; never values),
 * and each write statement first takes its organization's audit lock. Every tenant table calls it after
 * CREATE TABLE; the catalog lint fails for a table with org_id that lacks it. `orgColumn` names the tenant
 * column (organizations uses `id`), `idColumn` the row id.
 */
export function auditTrigger(table: string, opts: { orgColumn?: string; idColumn?: string } = {}): string {
  const { orgColumn = 'org_id', idColumn = 'id' } = opts;
  return (
    `CREATE TRIGGER audit_statement_lock BEFORE INSERT OR UPDATE OR DELETE ON public.${table} FOR EACH STATEMENT EXECUTE FUNCTION app_private.audit_lock_statement();\n` +
    `CREATE TRIGGER audit_row_change AFTER INSERT OR UPDATE OR DELETE ON public.${table} FOR EACH ROW EXECUTE FUNCTION app_private.audit_row_change('${orgColumn}', '${idColumn}');\n`
  );
}
