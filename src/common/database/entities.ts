// TypeORM entities, for modules that use repositories. The identity module queries with explicit SQL
// (column grants hide secrets such as password_hash from the request roles, which RETURNING * would trip).
export const ENTITIES: Function[] = [];
