// The calling provider's own directory entry: a definer function (app_private.my_provider_id()), because a
// provider's entry follows from the claims, not from rows the caller's policies show.
export interface MyProviderRow {
  id: string | null;
}

export const MY_PROVIDER_ID_SQL = `SELECT app_private.my_provider_id() AS id`;
